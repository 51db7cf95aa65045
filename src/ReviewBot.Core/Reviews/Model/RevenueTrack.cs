namespace ReviewBot.Core.Reviews.Model;

/// <summary>
/// The team's money key results that must go up, summed in the reporting currency week by week, against a
/// straight line from their summed start to their summed target.
/// </summary>
/// <param name="Weeks">Each week up to the latest one under review, with the total as of that week's end.</param>
public sealed record RevenueTrack(string Currency, decimal Start, decimal Target, int WeekCount, IReadOnlyList<RevenueWeek> Weeks)
{
    public decimal PaceAfter(int week) => WeekCount <= 0 ? Target : Start + ((Target - Start) * Math.Clamp(week, 0, WeekCount) / WeekCount);
}

/// <param name="Actual">Every key result's latest value up to this week (its start before its first check-in), in the reporting currency.</param>
public sealed record RevenueWeek(int Week, decimal Actual);
