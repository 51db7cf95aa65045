using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Reports.Tests;

/// <summary>
/// A cross-border team's 2026-Q4, built by hand with figures that are easy to check: Andy's US revenue
/// ends at US$62.94M of a US$60M target (104.9%, +US$2.94M); Ben's 欧洲市场销售额 at €12.25M of €17.5M
/// (score 0.7, green); Andy's conversion at 2.4% from 2.1% towards 3.0% (red); Cindy's negative-review rate
/// falls from 4.5% to 3.0% towards 2.0% (score 0.6, yellow); Ben's storefront milestone has no check-ins.
/// </summary>
internal static class SampleQuarter
{
    public const string WorkspaceId = "ws-1";
    public const string UsRevenueTitle = "US revenue";
    public const string EuropeRevenueTitle = "欧洲市场销售额";
    public static readonly Quarter Q4 = new(2026, 4);

    /// <summary>After the quarter has ended: the final review.</summary>
    public static readonly DateTimeOffset AfterQuarter = new(2027, 1, 8, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 20 November 2026, week 8: the review so far.</summary>
    public static readonly DateTimeOffset MidQuarter = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static QuarterReview Final() => QuarterReview.Build(Data(), null, AfterQuarter);

    public static QuarterReview SoFar() => QuarterReview.Build(Data(), null, MidQuarter);

    public static QuarterReview WithTitles(params string[] titles)
    {
        var andy = Person("andy", "Andy Miller", "US", "en-US");
        var keyResults = titles.Select((title, i) => KeyResult($"kr-{i}", title, andy, KeyResultUnit.Currency("USD"), 0m, 1_000_000m)).ToList();
        var checkIns = keyResults.Select(kr => CheckedIn(andy, kr, 13, 800_000m)).ToList();
        return QuarterReview.Build(new QuarterData(Team(), Q4, [andy], [Objective("obj-1", "Grow", keyResults)], checkIns, []), null, AfterQuarter);
    }

    public static QuarterData Data()
    {
        var mei = Person("mei", "林梅", "Global", "zh-CN") with { Role = MemberRole.Manager };
        var andy = Person("andy", "Andy Miller", "US", "en-US");
        var ben = Person("ben", "Ben Weber", "Europe", "de-DE");
        var cindy = Person("cindy", "Cindy Sharma", "India & SEA", "en-IN");

        var usRevenue = KeyResult("us-revenue", UsRevenueTitle, andy, KeyResultUnit.Currency("USD"), 0m, 60_000_000m);
        var europeRevenue = KeyResult("europe-revenue", EuropeRevenueTitle, ben, KeyResultUnit.Currency("EUR"), 0m, 17_500_000m);
        var conversion = KeyResult("conversion", "Storefront conversion rate", andy, KeyResultUnit.Percentage, 2.1m, 3.0m);
        var negativeReviews = KeyResult("negative-reviews", "Negative-review rate", cindy, KeyResultUnit.Percentage, 4.5m, 2.0m);
        var storefront = KeyResult("storefront", "German and French storefronts localised", ben, KeyResultUnit.Milestone, 0m, 1m);

        var checkIns = new List<CheckIn>();
        for (var week = 1; week <= 13; week++)
        {
            checkIns.Add(CheckedIn(andy, usRevenue, week, week == 13 ? 62_940_000m : 4_600_000m * week));
            checkIns.Add(CheckedIn(ben, europeRevenue, week, week == 13 ? 12_250_000m : 900_000m * week, week > 8 ? Confidence.AtRisk : Confidence.OnTrack));
        }

        checkIns.Add(CheckedIn(andy, conversion, 4, 2.2m, Confidence.AtRisk));
        checkIns.Add(CheckedIn(andy, conversion, 12, 2.4m, Confidence.OffTrack));
        checkIns.Add(CheckedIn(cindy, negativeReviews, 6, 3.8m));
        checkIns.Add(CheckedIn(cindy, negativeReviews, 12, 3.0m, Confidence.AtRisk));

        return new QuarterData(
            Team(),
            Q4,
            [mei, andy, ben, cindy],
            [
                Objective("obj-revenue", "Grow export revenue to a US$80M quarter", [usRevenue, europeRevenue]),
                Objective("obj-experience", "Turn more visitors into happy repeat buyers", [conversion, negativeReviews, storefront]),
            ],
            checkIns,
            []);
    }

    private static Team Team() => new()
    {
        Id = "team-1",
        WorkspaceId = WorkspaceId,
        Key = "export-sales",
        Name = "Export Sales",
        TimeZoneId = "Asia/Shanghai",
        ReportingCurrency = "USD",
        CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0)),
        ExchangeRates = new ExchangeRateTable([new ExchangeRate(Q4, "EUR", 1.16m)]),
    };

    private static Objective Objective(string id, string title, IReadOnlyList<KeyResult> keyResults) => new()
    {
        Id = id,
        WorkspaceId = WorkspaceId,
        TeamId = "team-1",
        Quarter = Q4,
        Key = id,
        Title = title,
        Basis = $"Basis for {title}",
        KeyResults = [.. keyResults.Select(kr => kr with { ObjectiveId = id })],
    };

    private static Member Person(string id, string name, string market, string locale) => new()
    {
        Id = id,
        WorkspaceId = WorkspaceId,
        TeamId = "team-1",
        Name = name,
        SlackUserId = $"U-{id}",
        Market = market,
        TimeZoneId = "Asia/Shanghai",
        Locale = locale,
    };

    private static KeyResult KeyResult(string key, string title, Member owner, KeyResultUnit unit, decimal start, decimal target) => new()
    {
        Id = $"kr-{key}",
        WorkspaceId = WorkspaceId,
        ObjectiveId = "obj",
        Key = key,
        Title = title,
        OwnerMemberId = owner.Id,
        Unit = unit,
        Start = start,
        Target = target,
        Basis = $"Basis for {title}",
    };

    private static CheckIn CheckedIn(Member who, KeyResult keyResult, int week, decimal value, Confidence confidence = Confidence.OnTrack) => new()
    {
        Id = $"{keyResult.Id}-w{week}",
        WorkspaceId = WorkspaceId,
        KeyResultId = keyResult.Id,
        AuthorMemberId = who.Id,
        Quarter = Q4,
        WeekNumber = week,
        Value = value,
        Confidence = confidence,
        Source = ChatPlatform.Slack,
        RecordedAt = new DateTimeOffset(2026, 10, 2, 8, 0, 0, TimeSpan.Zero).AddDays(7 * (week - 1)),
    };
}
