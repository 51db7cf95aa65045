namespace ReviewBot.Core.Conversation;

/// <summary>
/// Splits long text at line ends (or spaces) so each piece fits a channel's limit; nothing is dropped.
/// Every adapter needs it: Slack's section text, Teams' text blocks.
/// </summary>
public static class TextSplit
{
    public static IEnumerable<string> Split(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
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
}
