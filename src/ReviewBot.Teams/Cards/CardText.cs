namespace ReviewBot.Teams.Cards;

/// <summary>Splits long text at line ends (or spaces) so each piece fits a limit; nothing is dropped.</summary>
internal static class CardText
{
    public static IEnumerable<string> Split(string text, int limit)
    {
        var rest = text;
        while (rest.Length > limit)
        {
            var cut = rest.LastIndexOf('\n', limit - 1);
            if (cut < limit / 2)
            {
                cut = rest.LastIndexOf(' ', limit - 1);
            }

            if (cut < limit / 2)
            {
                cut = limit;
            }

            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    /// <summary>
    /// Teams' card markdown drops a single line break, so each one becomes a paragraph break; the lines of a
    /// review (one bullet per key result) would otherwise run together.
    /// </summary>
    public static string Markdown(string text) =>
        text.ReplaceLineEndings("\n").Replace("\n", "\n\n", StringComparison.Ordinal);
}
