using ReviewBot.Core.Okrs;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>
/// What one owner wrote they learnt last quarter, beside how their related key results have done since: the
/// Lessons step's check that a lesson was taken into the quarter that followed it.
/// </summary>
/// <param name="AuthorMemberId">The owner's member id.</param>
/// <param name="AuthorName">The owner as the team knows them; <see cref="OwnerWords.FormerMember"/> when nobody does.</param>
/// <param name="Worked">What they wrote worked last quarter, in the order written.</param>
/// <param name="Change">What they wrote they would change.</param>
/// <param name="Results">Each of their key results this quarter that continues one of theirs from last quarter.</param>
public sealed record CarriedLesson(
    string AuthorMemberId,
    string AuthorName,
    IReadOnlyList<string> Worked,
    IReadOnlyList<string> Change,
    IReadOnlyList<CarriedResult> Results);

/// <summary>A key result this quarter against the one it continues from last quarter.</summary>
/// <param name="Before">Where last quarter's key result ended.</param>
/// <param name="Now">Where this quarter's stands: final, or so far while the quarter runs.</param>
/// <param name="SoFar">The quarter is under way: <see cref="OnCourseFor"/> is what it is compared by.</param>
/// <param name="OnCourseFor">
/// While under way, the score this quarter would end with at its pace so far (its progress over the share of the
/// quarter gone, capped to 0–1); null for a final quarter, and for a milestone not yet done, which has no pace.
/// </param>
/// <param name="Improved">
/// Whether it scores (or is on course to score) higher than last quarter; null when that is unknown: nobody checked
/// in on one of the two, or the quarter has not begun.
/// </param>
public sealed record CarriedResult(
    KeyResult KeyResult,
    KeyResultScore Before,
    KeyResultScore Now,
    bool SoFar,
    decimal? OnCourseFor,
    bool? Improved)
{
    /// <summary>The score this quarter is compared by: the final score, or the one it is on course for.</summary>
    public decimal? Compared => SoFar ? OnCourseFor : Now.Score;

    /// <summary>
    /// Compared with last quarter, the same score as shown (two decimals, as <see cref="Improved"/> compares them):
    /// "unchanged" rather than "not improved".
    /// </summary>
    public bool Unchanged => Improved == false && Compared is { } compared && decimal.Round(compared, 2) == decimal.Round(Before.Score, 2);
}
