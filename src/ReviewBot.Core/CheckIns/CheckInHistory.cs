using System.Runtime.InteropServices;

namespace ReviewBot.Core.CheckIns;

/// <summary>Reads the check-ins of a quarter the way the review counts them: the latest per week wins.</summary>
public sealed class CheckInHistory
{
    private const int WeeksInAQuarter = 14;

    private readonly Dictionary<string, List<CheckIn>> _weeklyByKeyResult;

    public CheckInHistory(IEnumerable<CheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        // One pass that gathers each key result's weeks and keeps each week's latest, rather than grouping and sorting
        // every week: a large team's quarter holds tens of thousands of check-ins, nearly all of them alone in their
        // week, and a key result a quarter's dozen or so weeks, so its own short list is searched for the week.
        _weeklyByKeyResult = new Dictionary<string, List<CheckIn>>(StringComparer.Ordinal);
        foreach (var checkIn in checkIns)
        {
            ref var weeks = ref CollectionsMarshal.GetValueRefOrAddDefault(_weeklyByKeyResult, checkIn.KeyResultId, out _);
            // Sized for a quarter's 13 or 14 weeks at once, rather than grown through three arrays.
            weeks ??= new List<CheckIn>(WeeksInAQuarter);
            var week = IndexOfWeek(weeks, checkIn);
            if (week < 0)
            {
                weeks.Add(checkIn);
            }
            else if (!RecordedBefore(checkIn, weeks[week]))
            {
                weeks[week] = checkIn;
            }
        }

        foreach (var weeks in _weeklyByKeyResult.Values)
        {
            // One check-in per quarter and week is left, so the order is total.
            weeks.Sort(static (a, b) => a.Quarter != b.Quarter ? a.Quarter.CompareTo(b.Quarter) : a.WeekNumber.CompareTo(b.WeekNumber));
        }
    }

    /// <summary>The check-in that counts for each week, oldest week first.</summary>
    public IReadOnlyList<CheckIn> WeeklyValues(string keyResultId) =>
        _weeklyByKeyResult.TryGetValue(keyResultId, out var weeks) ? weeks : [];

    public CheckIn? Latest(string keyResultId) =>
        _weeklyByKeyResult.TryGetValue(keyResultId, out var weeks) ? weeks[^1] : null;

    /// <summary>Where the check-in's quarter and week already is in <paramref name="weeks"/>; -1 when not yet.</summary>
    private static int IndexOfWeek(List<CheckIn> weeks, CheckIn checkIn)
    {
        // From the end: check-ins mostly come oldest first, so a correction's week is usually the last one.
        for (var i = weeks.Count - 1; i >= 0; i--)
        {
            if (weeks[i].WeekNumber == checkIn.WeekNumber && weeks[i].Quarter == checkIn.Quarter)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <paramref name="checkIn"/> was recorded before <paramref name="other"/>: by time, then by id; of two
    /// with the same time and id, the one met later counts, as it would have after a stable sort.
    /// </summary>
    private static bool RecordedBefore(CheckIn checkIn, CheckIn other) =>
        checkIn.RecordedAt != other.RecordedAt
            ? checkIn.RecordedAt < other.RecordedAt
            : string.CompareOrdinal(checkIn.Id, other.Id) < 0;
}
