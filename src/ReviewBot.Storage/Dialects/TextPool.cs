namespace ReviewBot.Storage.Dialects;

/// <summary>
/// One string per distinct text of a query's result: a quarter's tens of thousands of check-ins name a few
/// thousand key results and authors, so each id is held once rather than once per row.
/// </summary>
internal sealed class TextPool
{
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    public string Of(string text) => _texts.TryGetValue(text, out var pooled) ? pooled : Add(text);

    /// <summary>The pooled string equal to <paramref name="text"/>, made only the first time it is met.</summary>
    public string Of(ReadOnlySpan<char> text) =>
        _texts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var pooled) ? pooled : Add(new string(text));

    private string Add(string text)
    {
        _texts.Add(text);
        return text;
    }
}
