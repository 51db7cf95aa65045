using System.Net;
using System.Text.RegularExpressions;

namespace ReviewBot.Testing.Language;

/// <summary>What a reader reads of an HTML page, to check its language: the text between the tags and the alt texts and labels of images and regions.</summary>
public static partial class PageReading
{
    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var labels = Labelled().Matches(html).Select(m => m.Groups[1].Value);
        var text = Tag().Replace(html, " ");
        return WebUtility.HtmlDecode(string.Join("\n", labels.Prepend(text)));
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("(?:alt|aria-label)=\"([^\"]*)\"")]
    private static partial Regex Labelled();
}
