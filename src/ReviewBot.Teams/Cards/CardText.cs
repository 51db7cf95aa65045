namespace ReviewBot.Teams.Cards;

/// <summary>Splits long text at line ends (or spaces) so each piece fits a limit; nothing is dropped.</summary>
internal static class CardText
{
    public static IEnumerable<string> Split(string text, int limit) => Core.Conversation.TextSplit.Split(text, limit);

    /// <summary>
    /// Teams' card markdown drops a single line break, so each one becomes a paragraph break; the lines of a
    /// review (one bullet per key result) would otherwise run together.
    /// </summary>
    public static string Markdown(string text) =>
        text.ReplaceLineEndings("\n").Replace("\n", "\n\n", StringComparison.Ordinal);
}
