using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>Step two for one key result: where it ended (or stands) against its target, and how it got there.</summary>
/// <param name="Owner">The member who checks in on it; null when the team owns it.</param>
/// <param name="Weekly">The value that counts for each week with a check-in, oldest first; empty when nobody checked in.</param>
/// <param name="Pace">For a quarter under way: where a straight line from start to target stands now; null otherwise.</param>
public sealed record KeyResultResult(
    Objective Objective,
    KeyResult KeyResult,
    Member? Owner,
    string Market,
    KeyResultScore Score,
    IReadOnlyList<WeekValue> Weekly,
    decimal? Pace)
{
    public bool HasCheckIns => Weekly.Count > 0;

    public Confidence? LatestConfidence => HasCheckIns ? Weekly[^1].Confidence : null;

    /// <summary>Where a straight line from start (before week 1) to target (after the last week) stands after <paramref name="week"/>.</summary>
    public decimal PaceAfter(int week, int weekCount) =>
        weekCount <= 0 ? KeyResult.Target : KeyResult.Start + ((KeyResult.Target - KeyResult.Start) * Math.Clamp(week, 0, weekCount) / weekCount);

    /// <summary>For a quarter under way: whether progress is at or ahead of the straight line; null when there is no pace.</summary>
    public bool? AheadOfPace => Pace is not { } pace
        ? null
        : KeyResult.Direction == Direction.Increase ? Score.Actual >= pace : Score.Actual <= pace;
}
