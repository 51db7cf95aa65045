namespace ReviewBot.Slack.Blocks;

/// <summary>Splits long text at line ends (or spaces) so each piece fits a limit; nothing is dropped.</summary>
internal static class TextChunks
{
    public static IEnumerable<string> Split(string text, int limit) => Core.Conversation.TextSplit.Split(text, limit);

    /// <summary>Shortens a label that Slack caps (a title, a button) with an ellipsis; used only where the full text is shown elsewhere.</summary>
    public static string Shorten(string text, int limit) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");
}
