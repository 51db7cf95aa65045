namespace ReviewBot.Host.Import;

/// <summary>What an import did, counted per kind of thing, for the operator to read.</summary>
public sealed class ImportSummary
{
    private readonly Dictionary<string, Counts> _counts = new(StringComparer.Ordinal);

    public IList<string> Notes { get; } = [];

    public bool ChangedAnything => _counts.Values.Any(c => c.Created + c.Updated + c.Removed > 0);

    public Counts this[string kind] => _counts.TryGetValue(kind, out var counts) ? counts : new Counts();

    internal void Count(string kind, Change change)
    {
        var counts = _counts.TryGetValue(kind, out var existing) ? existing : new Counts();
        _counts[kind] = change switch
        {
            Change.Created => counts with { Created = counts.Created + 1 },
            Change.Updated => counts with { Updated = counts.Updated + 1 },
            Change.Removed => counts with { Removed = counts.Removed + 1 },
            _ => counts with { Unchanged = counts.Unchanged + 1 },
        };
    }

    public IEnumerable<string> Lines() =>
        _counts.Select(pair => $"{pair.Key}: {pair.Value.Created} created, {pair.Value.Updated} updated, {pair.Value.Unchanged} unchanged, {pair.Value.Removed} removed");

    public sealed record Counts(int Created = 0, int Updated = 0, int Unchanged = 0, int Removed = 0);

    internal enum Change
    {
        Created,
        Updated,
        Unchanged,
        Removed,
    }
}
