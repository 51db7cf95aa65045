using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Reports.Page;

/// <summary>The page's fixed words, kept together so that a translation has one place to go.</summary>
internal static class ReportWords
{
    public const string Team = "Team";
    public const string None = "—";
    public const string NoCheckIns = "no check-ins";

    public static string Headline(QuarterReview review) => $"{review.ScopeName} · {review.Quarter} review";

    public static string Stage(QuarterReview review) => review.Stage switch
    {
        ReviewStage.Final => "Final",
        ReviewStage.SoFar => $"So far: week {review.CurrentWeek} of {review.WeekCount}",
        _ => "The quarter has not started",
    };

    public static string Title(QuarterReview review) => $"{Headline(review)} ({Stage(review).ToLowerInvariant()})";

    public static string Kind(RollupKind kind) => kind switch
    {
        RollupKind.Objective => "Objective",
        RollupKind.Person => "Person",
        RollupKind.Market => "Market",
        RollupKind.PersonInMarket => "Person and market",
        _ => "Team",
    };
}
