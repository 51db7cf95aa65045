using System.Globalization;
using System.Text;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Reports.Charts;

/// <summary>
/// A key result's name on a chart axis: its title, shortened to fit beside the bars, and its owner's first
/// name, "US revenue (Andy)". ASCII punctuation
/// throughout, since the CJK font draws "·" and "…" full-width, as wide gaps in a Latin title. Width is counted in columns, with CJK characters two wide, because a
/// Chinese title of twelve characters takes the room of an English one of twenty-four.
/// </summary>
internal static class KeyResultLabel
{
    public const int MaxTitleColumns = 34;
    private const string Ellipsis = "...";

    public static string Of(KeyResultResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = Shorten(result.KeyResult.Title.Trim(), MaxTitleColumns);
        return result.Owner is { } owner ? $"{title} ({FirstName(owner.Name)})" : title;
    }

    /// <summary>Cuts <paramref name="text"/> at a whole character (never inside a surrogate pair or a combined character) and marks the cut.</summary>
    public static string Shorten(string text, int maxColumns)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Columns(text) <= maxColumns)
        {
            return text;
        }

        var kept = new StringBuilder();
        var used = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var width = Columns(element);
            if (used + width > maxColumns - Ellipsis.Length)
            {
                break;
            }

            kept.Append(element);
            used += width;
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>Western names put the given name first; a name without spaces (梅林, Mei) stays whole.</summary>
    private static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }

    private static int Columns(string text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += IsWide(rune.Value) ? 2 : 1;
        }

        return columns;
    }

    // The East Asian wide ranges that matter for titles: CJK ideographs and punctuation, kana, Hangul, full-width forms.
    private static bool IsWide(int codePoint) =>
        codePoint is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);
}
