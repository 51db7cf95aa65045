using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ReviewBot.Reports.Page;

/// <summary>
/// Writes markup. Every piece of text from the review (names, titles, owners' words) goes through
/// <see cref="Text"/> or <see cref="Attribute"/>, so nothing anyone typed can become markup.
/// </summary>
internal sealed class Html
{
    /// <summary>A private-use character nobody types, standing in for the span's text until <see cref="TextWithSpan"/> places it.</summary>
    public const string SpanMarker = "\uE000";

    // All of Unicode stays as it is ("€", "万", "Weber"); only what could break out of text or an attribute is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _markup = new();

    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>Markup written by this assembly only, never from the review's data.</summary>
    public Html Raw(string markup)
    {
        _markup.Append(markup);
        return this;
    }

    public Html Text(string text)
    {
        _markup.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>An element holding only text: <c>&lt;td class="x"&gt;text&lt;/td&gt;</c>.</summary>
    public Html Element(string tag, string text, string? cssClass = null, string? scope = null) =>
        Raw($"<{tag}{(scope is null ? "" : $" scope=\"{scope}\"")}{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>").Text(text).Raw($"</{tag}>");

    public Html Attribute(string name, string value) => Raw($" {name}=\"").Text(value).Raw("\"");

    /// <summary>
    /// A translated sentence with one of its values in a styled span, wherever the language puts it: the
    /// sentence is formatted with <see cref="SpanMarker"/> in the value's place, and the marker is where the span goes.
    /// </summary>
    public Html TextWithSpan(string sentence, string spanText, string cssClass)
    {
        var at = sentence.IndexOf(SpanMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return Text(sentence);
        }

        return Text(sentence[..at]).Raw($"<span class=\"{cssClass}\">").Text(spanText).Raw("</span>").Text(sentence[(at + SpanMarker.Length)..]);
    }

    public override string ToString() => _markup.ToString();
}
