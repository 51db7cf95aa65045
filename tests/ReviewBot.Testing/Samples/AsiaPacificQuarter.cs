using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Testing.Samples;

/// <summary>
/// A second team for hand-computed review figures, finished quarter 2026-Q3 (14 weeks), reported in USD:
/// Kenji sells in Japan in yen and missed three weeks; Wei in China in yuan, with a returns rate that must
/// fall; Sofia in Europe in euros, with a milestone; Tom in Korea never checked in. Kenji's distributor
/// count has no check-ins at all. 2026-Q2 had one key result, Wei's, to show last quarter beside this one.
/// </summary>
/// <remarks>
/// Hand-computed: JPY 1.2bn × 0.0067 = US$8.04M of 1.5bn × 0.0067 = US$10.05M (80%); CNY 56M × 0.14 = US$7.84M
/// of 50M × 0.14 = US$7M (112%); EUR 3M × 1.10 = US$3.3M of 4M × 1.10 = US$4.4M (75%). Team: US$19.18M of
/// US$21.45M, -US$2.27M, 89.4%. Scores 0.8, 0, 1, 0.75, 0.75, 1, 0: team 4.3 / 7 = 0.61. Returns rate 6% → 4% at
/// 4.5%: progress 1.5 / 2 = 0.75, attainment 4 / 4.5 = 88.9%, 0.5 pts worse than target. 2026-Q2: Wei's CNY 40M of
/// 45M = 0.89, US$5.6M of US$6.3M (88.9%).
/// </remarks>
public static class AsiaPacificQuarter
{
    public const string WorkspaceId = "ws-apac";
    public static readonly Quarter Q3 = new(2026, 3);
    public static readonly Quarter Q2 = new(2026, 2);

    /// <summary>Monday 5 October 2026, after the quarter ended everywhere.</summary>
    public static readonly DateTimeOffset Now = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    public static Team Team { get; } = new()
    {
        Id = "team-apac",
        WorkspaceId = WorkspaceId,
        Key = "apac",
        Name = "Asia Pacific",
        TimeZoneId = "Asia/Singapore",
        ReportingCurrency = "USD",
        CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0)),
        ExchangeRates = new ExchangeRateTable(
        [
            new ExchangeRate(Q3, "JPY", 0.0067m),
            new ExchangeRate(Q3, "CNY", 0.14m),
            new ExchangeRate(Q3, "EUR", 1.10m),
            new ExchangeRate(Q2, "CNY", 0.14m),
        ]),
    };

    public static Member Lena { get; } = Person("lena", "Lena Park", MemberRole.Manager, "Region", "Asia/Singapore", "en-US");

    public static Member Kenji { get; } = Person("kenji", "Kenji Sato", MemberRole.Member, "Japan", "Asia/Tokyo", "ja-JP");

    public static Member Wei { get; } = Person("wei", "Wei Zhang", MemberRole.Member, "China", "Asia/Shanghai", "zh-CN");

    public static Member Sofia { get; } = Person("sofia", "Sofia Rossi", MemberRole.Member, "Europe", "Europe/Rome", "en-GB");

    public static Member Tom { get; } = Person("tom", "Tom Kim", MemberRole.Member, "Korea", "Asia/Seoul", "en-US");

    public static IReadOnlyList<Member> Members { get; } = [Lena, Kenji, Wei, Sofia, Tom];

    public static KeyResult JapanRevenue { get; } = Kr("jp-revenue", "Japan revenue", Kenji, KeyResultUnit.Currency("JPY"), 0m, 1_500_000_000m);

    public static KeyResult JapanDistributors { get; } = Kr("jp-distributors", "New Japanese distributors", Kenji, KeyResultUnit.Count("distributors"), 0m, 10m);

    public static KeyResult ChinaRevenue { get; } = Kr("cn-revenue", "中国市场销售额", Wei, KeyResultUnit.Currency("CNY"), 0m, 50_000_000m);

    public static KeyResult ReturnsRate { get; } = Kr("cn-returns", "Returns rate", Wei, KeyResultUnit.Percentage, 6m, 4m);

    public static KeyResult EuropeRevenue { get; } = Kr("eu-revenue", "Europe revenue", Sofia, KeyResultUnit.Currency("EUR"), 0m, 4_000_000m);

    public static KeyResult Rotterdam { get; } = Kr("eu-warehouse", "Rotterdam warehouse open", Sofia, KeyResultUnit.Milestone, 0m, 1m);

    public static KeyResult KoreaResellers { get; } = Kr("kr-resellers", "Korean resellers signed", Tom, KeyResultUnit.Count("resellers"), 0m, 5m);

    /// <summary>The weeks Kenji checked in: he missed 4, 5 and 9.</summary>
    public static IReadOnlyList<int> KenjiWeeks { get; } = [1, 2, 3, 6, 7, 8, 10, 11, 12, 13, 14];

    public static QuarterData Data() => new(
        Team,
        Q3,
        Members,
        [
            Objective("grow", "Grow revenue across Asia and Europe", [JapanRevenue, JapanDistributors, ChinaRevenue]),
            Objective("quality", "Fewer returns, a nearer warehouse", [ReturnsRate, EuropeRevenue, Rotterdam, KoreaResellers]),
        ],
        [.. CheckIns()],
        [
            new ReviewAnswer("a-1", WorkspaceId, Core.Dialogs.ReviewTemplates.Retrospective.Id, "cause", Kenji.Id, Q3, 14, JapanRevenue.Id, "Two department-store chains delayed their orders to October.", Now),
            new ReviewAnswer("a-2", WorkspaceId, Core.Dialogs.ReviewTemplates.Retrospective.Id, "worked", Wei.Id, Q3, 14, null, "Live-stream launches on Tmall.", Now),
            new ReviewAnswer("a-3", WorkspaceId, Core.Dialogs.ReviewTemplates.Retrospective.Id, "change", Sofia.Id, Q3, 14, null, "Book customs brokers before the warehouse opens.", Now),
        ]);

    public static QuarterData PreviousData()
    {
        var previousRevenue = ChinaRevenue with { Id = "kr-q2-cn", ObjectiveId = "obj-q2-grow", Target = 45_000_000m };
        return new QuarterData(
            Team,
            Q2,
            Members,
            [Objective("grow", "Grow revenue across Asia and Europe", [previousRevenue], Q2) with { Id = "obj-q2-grow" }],
            [CheckIn(Wei, previousRevenue, 13, 40_000_000m, Q2)],
            []);
    }

    /// <summary>The member who wrote a lesson in 2026-Q2 and is on nobody's list now.</summary>
    public const string GoneMemberId = "gone";

    /// <summary>
    /// 2026-Q2 with its lessons, for the Lessons step's look back: Wei's China revenue went from 0.89 to 1.00
    /// (improved); Kenji's Japan revenue, the same keys, from 1.00 to 0.80 (not improved); Tom's Korean resellers,
    /// the same title under other keys, from 0.40 to no check-ins (unknown). Wei's cause and a weekly answer are no lessons.
    /// </summary>
    public static QuarterData PreviousDataWithLessons()
    {
        var previous = PreviousData();
        var japan = JapanRevenue with { Id = "kr-q2-jp", ObjectiveId = "obj-q2-grow", Target = 1_000_000_000m };
        var korea = KoreaResellers with { Id = "kr-q2-korea", Key = "kr-partners", ObjectiveId = "obj-q2-expand" };
        var retro = Core.Dialogs.ReviewTemplates.Retrospective.Id;
        return previous with
        {
            Objectives =
            [
                previous.Objectives[0] with { KeyResults = [.. previous.Objectives[0].KeyResults, japan] },
                Objective("expand", "Expand into Korea", [korea], Q2) with { Id = "obj-q2-expand", KeyResults = [korea] },
            ],
            CheckIns = [.. previous.CheckIns, CheckIn(Kenji, japan, 13, 1_000_000_000m, Q2), CheckIn(Tom, korea, 13, 2m, Q2)],
            Answers =
            [
                new ReviewAnswer("q2-1", WorkspaceId, retro, "worked", Wei.Id, Q2, 13, null, "每周和天猫运营对一次数据", Now.AddDays(-90)),
                new ReviewAnswer("q2-2", WorkspaceId, retro, "change", Wei.Id, Q2, 13, null, "Book live-stream hosts a month ahead.", Now.AddDays(-90)),
                new ReviewAnswer("q2-3", WorkspaceId, retro, "change", Kenji.Id, Q2, 13, null, "Confirm department-store orders before the quarter starts.", Now.AddDays(-90)),
                new ReviewAnswer("q2-4", WorkspaceId, retro, "worked", Tom.Id, Q2, 13, null, "Meeting resellers at the Seoul fair.", Now.AddDays(-90)),
                new ReviewAnswer("q2-5", WorkspaceId, retro, "worked", GoneMemberId, Q2, 13, null, "Samples shipped by air, not by sea.", Now.AddDays(-90)),
                new ReviewAnswer("q2-6", WorkspaceId, retro, "cause", Wei.Id, Q2, 13, "kr-q2-cn", "Two launches slipped.", Now.AddDays(-90)),
                new ReviewAnswer("q2-7", WorkspaceId, Core.Dialogs.ReviewTemplates.WeeklyCheckIn.Id, "blockers", Wei.Id, Q2, 12, null, "Customs holds.", Now.AddDays(-97)),
            ],
        };
    }

    private static IEnumerable<CheckIn> CheckIns()
    {
        foreach (var week in KenjiWeeks)
        {
            yield return CheckIn(Kenji, JapanRevenue, week, 1_200_000_000m * week / 14);
        }

        for (var week = 1; week <= 14; week++)
        {
            yield return CheckIn(Wei, ChinaRevenue, week, 4_000_000m * week);
            yield return CheckIn(Wei, ReturnsRate, week, week == 14 ? 4.5m : 6m - (0.1m * week));
            yield return CheckIn(Sofia, EuropeRevenue, week, 3_000_000m * week / 14);
            yield return CheckIn(Sofia, Rotterdam, week, week >= 10 ? 1m : 0m);
        }
    }

    private static CheckIn CheckIn(Member who, KeyResult keyResult, int week, decimal value, Quarter? quarter = null) => new()
    {
        Id = $"ci-{keyResult.Id}-{week}",
        WorkspaceId = WorkspaceId,
        KeyResultId = keyResult.Id,
        AuthorMemberId = who.Id,
        Quarter = quarter ?? Q3,
        WeekNumber = week,
        Value = value,
        Confidence = Confidence.OnTrack,
        Source = ChatPlatform.Slack,
        RecordedAt = new DateTimeOffset(2026, 7, 3, 8, 0, 0, TimeSpan.Zero).AddDays(7 * (week - 1)),
    };

    private static Objective Objective(string key, string title, IReadOnlyList<KeyResult> keyResults, Quarter? quarter = null) => new()
    {
        Id = $"obj-{key}",
        WorkspaceId = WorkspaceId,
        TeamId = Team.Id,
        Quarter = quarter ?? Q3,
        Key = key,
        Title = title,
        Basis = $"Basis of {title}",
        KeyResults = [.. keyResults.Select(k => k with { ObjectiveId = $"obj-{key}" })],
    };

    private static Member Person(string id, string name, MemberRole role, string market, string zone, string locale) => new()
    {
        Id = id,
        WorkspaceId = WorkspaceId,
        TeamId = "team-apac",
        Name = name,
        Email = $"{id}@example.com",
        SlackUserId = $"U-{id}",
        Role = role,
        Market = market,
        TimeZoneId = zone,
        Locale = locale,
    };

    private static KeyResult Kr(string key, string title, Member owner, KeyResultUnit unit, decimal start, decimal target) => new()
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
        Basis = $"Basis of {title}",
    };
}
