namespace ReviewBot.Core.Text;

/// <summary>
/// Someone's long words cut to a line's worth, at a word where there is one, ending in "…": for a list that
/// quotes many answers in one message, where the whole text is a command away.
/// </summary>
internal static class Excerpt
{
    public const string Ellipsis = "…";

    public static string Of(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        var trimmed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (trimmed.Length <= limit)
        {
            return trimmed;
        }

        var cut = limit - Ellipsis.Length;
        // A surrogate pair is never split; a space in the last fifth is a better place to stop than mid-word.
        if (char.IsHighSurrogate(trimmed[cut - 1]))
        {
            cut--;
        }

        var space = trimmed.LastIndexOf(' ', cut);
        if (space > cut * 4 / 5)
        {
            cut = space;
        }

        return trimmed[..cut].TrimEnd(' ', ',', '，', '、', ';', '；') + Ellipsis;
    }
}
