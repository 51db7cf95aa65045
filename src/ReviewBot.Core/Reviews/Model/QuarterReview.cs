using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>
/// The quarter review as figures and words, in no language and no format: the four steps of the review
/// method, the roll-ups, the revenue track and participation. The chat text, the report page, the charts
/// and the exports are all written from this one model, so they never disagree.
/// </summary>
/// <param name="Person">The one owner the review is about; null for the whole team.</param>
/// <param name="ScopeName">The person's name, or the team's.</param>
/// <param name="CurrentWeek">The week the quarter is in while it is under way; null before and after.</param>
/// <param name="Elapsed">The share of the quarter that has passed, 0 to 1.</param>
/// <param name="Previous">Last quarter, when the team had key results then.</param>
/// <param name="MissingRate">Why money totals are left out (a currency without a rate for the quarter); null when they are all there.</param>
public sealed record QuarterReview(
    Team Team,
    Quarter Quarter,
    Member? Person,
    string ScopeName,
    ReviewStage Stage,
    int WeekCount,
    int? CurrentWeek,
    decimal Elapsed,
    IReadOnlyList<KeyResultResult> KeyResults,
    IReadOnlyList<RollupLine> Rollups,
    RevenueTrack? Revenue,
    IReadOnlyList<Participation> Participation,
    IReadOnlyList<OwnerWords> Causes,
    IReadOnlyList<OwnerWords> AtRiskComments,
    IReadOnlyList<BlockerCount> Blockers,
    IReadOnlyList<OwnerWords> Worked,
    IReadOnlyList<OwnerWords> Change,
    Quarter? Previous,
    MissingRate? MissingRate)
{
    public bool IsFinal => Stage == ReviewStage.Final;

    /// <summary>
    /// Step four's look back: what each owner wrote last quarter worked and should change, beside whether their
    /// related key results did better since. Empty when last quarter left no lessons in the review's scope.
    /// </summary>
    public IReadOnlyList<CarriedLesson> LastQuarterLessons { get; init; } = [];

    /// <summary>The whole scope's roll-up: the team's, or the person's when the review is about one person.</summary>
    public RollupLine Total => Rollups[^1];

    /// <summary>The weeks the review's figures run through: all of them when final, up to the current one while under way.</summary>
    public int WeeksShown => Stage switch
    {
        ReviewStage.Final => WeekCount,
        ReviewStage.SoFar => CurrentWeek ?? 0,
        _ => 0,
    };

    /// <summary>
    /// The name its files are saved under, the same in chat and on the report page: "ExportSales-2026-Q3",
    /// or "ExportSales-AndyMiller-2026-Q3" for one owner's review. Letters and digits only, so it survives
    /// every file system and mail client.
    /// </summary>
    public string FileStem
    {
        get
        {
            static string Compact(string name) => new([.. name.Where(char.IsLetterOrDigit)]);
            var team = Compact(Team.Name);
            var person = Person is { } member ? "-" + Compact(member.Name) : "";
            return $"{(team.Length > 0 ? team : "Review")}{person}-{Quarter.Id}";
        }
    }

    /// <summary>Builds the review of <paramref name="data"/> as of <paramref name="now"/>, for the team or for one person.</summary>
    /// <param name="previous">Last quarter's data, for the roll-ups beside this quarter's and its lessons; null or empty when there was none.</param>
    public static QuarterReview Build(QuarterData data, Member? person, DateTimeOffset now, QuarterData? previous = null) =>
        QuarterReviewBuilder.Build(data, person, now, previous);
}
