namespace ReviewBot.Core.CheckIns;

/// <summary>Reads the check-ins of a quarter the way the review counts them: the latest per week wins.</summary>
public sealed class CheckInHistory
{
    private readonly Dictionary<string, List<CheckIn>> _weeklyByKeyResult;

    public CheckInHistory(IEnumerable<CheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        _weeklyByKeyResult = checkIns
            .GroupBy(c => (c.KeyResultId, c.Quarter, c.WeekNumber))
            .Select(week => week.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id, StringComparer.Ordinal).Last())
            .GroupBy(c => c.KeyResultId)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(c => c.Quarter).ThenBy(c => c.WeekNumber).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The check-in that counts for each week, oldest week first.</summary>
    public IReadOnlyList<CheckIn> WeeklyValues(string keyResultId) =>
        _weeklyByKeyResult.TryGetValue(keyResultId, out var weeks) ? weeks : [];

    public CheckIn? Latest(string keyResultId) =>
        _weeklyByKeyResult.TryGetValue(keyResultId, out var weeks) ? weeks[^1] : null;
}
