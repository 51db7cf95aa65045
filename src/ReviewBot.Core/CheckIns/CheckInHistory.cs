using System.Runtime.InteropServices;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.CheckIns;

/// <summary>Reads the check-ins of a quarter the way the review counts them: the latest per week wins.</summary>
public sealed class CheckInHistory
{
    private readonly Dictionary<string, List<CheckIn>> _weeklyByKeyResult;

    public CheckInHistory(IEnumerable<CheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        // One pass that keeps each week's latest, rather than grouping and sorting every week: a large team's
        // quarter holds tens of thousands of check-ins, nearly all of them alone in their week.
        var latestByWeek = new Dictionary<(string KeyResultId, Quarter Quarter, int WeekNumber), CheckIn>(checkIns.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var checkIn in checkIns)
        {
            ref var latest = ref CollectionsMarshal.GetValueRefOrAddDefault(latestByWeek, (checkIn.KeyResultId, checkIn.Quarter, checkIn.WeekNumber), out var seen);
            if (!seen || !RecordedBefore(checkIn, latest!))
            {
                latest = checkIn;
            }
        }

        _weeklyByKeyResult = new Dictionary<string, List<CheckIn>>(StringComparer.Ordinal);
        foreach (var checkIn in latestByWeek.Values)
        {
            ref var weeks = ref CollectionsMarshal.GetValueRefOrAddDefault(_weeklyByKeyResult, checkIn.KeyResultId, out _);
            (weeks ??= []).Add(checkIn);
        }

        foreach (var weeks in _weeklyByKeyResult.Values)
        {
            // One check-in per quarter and week is left, so the order is total.
            weeks.Sort((a, b) => a.Quarter != b.Quarter ? a.Quarter.CompareTo(b.Quarter) : a.WeekNumber.CompareTo(b.WeekNumber));
        }
    }

    /// <summary>The check-in that counts for each week, oldest week first.</summary>
    public IReadOnlyList<CheckIn> WeeklyValues(string keyResultId) =>
        _weeklyByKeyResult.TryGetValue(keyResultId, out var weeks) ? weeks : [];

    public CheckIn? Latest(string keyResultId) =>
        _weeklyByKeyResult.TryGetValue(keyResultId, out var weeks) ? weeks[^1] : null;

    /// <summary>
    /// Whether <paramref name="checkIn"/> was recorded before <paramref name="other"/>: by time, then by id; of two
    /// with the same time and id, the one met later counts, as it would have after a stable sort.
    /// </summary>
    private static bool RecordedBefore(CheckIn checkIn, CheckIn other) =>
        checkIn.RecordedAt != other.RecordedAt
            ? checkIn.RecordedAt < other.RecordedAt
            : string.CompareOrdinal(checkIn.Id, other.Id) < 0;
}
