using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// A small export team in a Slack workspace, talked to through the engine: Mia manages, Andy sells in
/// the US (en-US), Ben in Europe (de-DE). It is Friday 20 November 2026, week 8 of 2026-Q4.
/// </summary>
internal sealed class TestTeam
{
    public const string WorkspaceId = "ws-1";
    public static readonly Quarter Q4 = new(2026, 4);

    /// <param name="andyLocale">Andy's locale, so a test can run the same conversation in Chinese ("zh-CN").</param>
    /// <param name="miaLocale">Mia's locale, likewise.</param>
    public TestTeam(string andyLocale = "en-US", string miaLocale = "en-US")
    {
        Team = new Team
        {
            Id = "team-1",
            WorkspaceId = WorkspaceId,
            Key = "export-sales",
            Name = "Export Sales",
            TimeZoneId = "Asia/Shanghai",
            ReportingCurrency = "USD",
            CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0)),
            ExchangeRates = new ExchangeRateTable([new ExchangeRate(Q4, "EUR", 1.16m), new ExchangeRate(Q4.Previous(), "EUR", 1.10m)]),
            Holidays = [new Holiday("Europe", new DateOnly(2026, 11, 20), "Test holiday")],
        };
        Mia = Person("mia", "Mia Manager", MemberRole.Manager, "Global", "Asia/Shanghai", miaLocale);
        Andy = Person("andy", "Andy Miller", MemberRole.Member, "US", "America/New_York", andyLocale);
        Ben = Person("ben", "Ben Weber", MemberRole.Member, "Europe", "Europe/Berlin", "de-DE");
        Store.Teams.Add(Team);
        Store.Members.AddRange([Mia, Andy, Ben]);

        UsRevenue = KeyResult("us-revenue", "US revenue", Andy, KeyResultUnit.Currency("USD"), 0m, 24_700_000m);
        Conversion = KeyResult("conversion", "Storefront conversion", Andy, KeyResultUnit.Percentage, 2.1m, 3.0m);
        EuropeRevenue = KeyResult("europe-revenue", "Europe revenue", Ben, KeyResultUnit.Currency("EUR"), 0m, 17_500_000m);
        Storefront = KeyResult("storefront", "German storefront live", Ben, KeyResultUnit.Milestone, 0m, 1m);
        Store.Objectives.Add(new Objective
        {
            Id = "obj-1",
            WorkspaceId = WorkspaceId,
            TeamId = Team.Id,
            Quarter = Q4,
            Key = "grow",
            Title = "Grow export revenue",
            Basis = "The order book supports it",
            KeyResults = [UsRevenue, Conversion, EuropeRevenue, Storefront],
        });
        Engine = new ConversationEngine(Store, Time);
    }

    public InMemoryReviewStore Store { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    public ConversationEngine Engine { get; private set; }

    public Team Team { get; }

    public Member Mia { get; }

    public Member Andy { get; }

    public Member Ben { get; }

    public KeyResult UsRevenue { get; }

    public KeyResult Conversion { get; }

    public KeyResult EuropeRevenue { get; }

    public KeyResult Storefront { get; }

    /// <summary>A new engine over the same store, as after a host restart.</summary>
    public void Restart() => Engine = new ConversationEngine(Store, Time);

    /// <summary>An engine that shares reviews as report pages and writes their documents, as the host's does.</summary>
    public void ShareReports(Core.Reviews.IReviewReports reports, Core.Reviews.IReviewDocuments documents) => Engine = new ConversationEngine(Store, Time, reports, documents);

    public Task<IReadOnlyList<Reply>> SayAsync(Member who, string text) =>
        HandleAsync(who, CommandLine.LooksLikeCommand(text) ? new CommandInput(text) : new TextInput(text));

    public Task<IReadOnlyList<Reply>> SubmitAsync(Member who, string formId, IReadOnlyDictionary<string, string> values, string? submissionId = null) =>
        HandleAsync(who, new FormSubmission(formId, values), submissionId);

    public Task<IReadOnlyList<Reply>> PressAsync(Member who, string actionId, string? value = null) =>
        HandleAsync(who, new ButtonPress(actionId, value));

    public Task<IReadOnlyList<Reply>> HandleAsync(Member who, TurnInput input, string? submissionId = null) =>
        Engine.HandleAsync(
            new Turn { WorkspaceId = WorkspaceId, Platform = ChatPlatform.Slack, UserId = who.SlackUserId!, ConversationId = $"D-{who.Id}", Input = input, SubmissionId = submissionId },
            TestContext.Current.CancellationToken);

    public void CheckedIn(Member who, KeyResult keyResult, int week, decimal value, Confidence confidence = Confidence.OnTrack, string? comment = null, string? blockers = null, Quarter? quarter = null) =>
        Store.CheckIns.Add(new CheckIn
        {
            Id = Ids.New(),
            WorkspaceId = WorkspaceId,
            KeyResultId = keyResult.Id,
            AuthorMemberId = who.Id,
            Quarter = quarter ?? Q4,
            WeekNumber = week,
            Value = value,
            Confidence = confidence,
            Comment = comment,
            Blockers = blockers,
            Source = ChatPlatform.Slack,
            RecordedAt = Time.GetUtcNow().AddDays(-7 * (8 - week)),
        });

    private static Member Person(string id, string name, MemberRole role, string market, string zone, string locale) => new()
    {
        Id = id,
        WorkspaceId = WorkspaceId,
        TeamId = "team-1",
        Name = name,
        Email = $"{id}@example.com",
        SlackUserId = $"U-{id}",
        Role = role,
        Market = market,
        TimeZoneId = zone,
        Locale = locale,
    };

    private static KeyResult KeyResult(string key, string title, Member owner, KeyResultUnit unit, decimal start, decimal target) => new()
    {
        Id = $"kr-{key}",
        WorkspaceId = WorkspaceId,
        ObjectiveId = "obj-1",
        Key = key,
        Title = title,
        OwnerMemberId = owner.Id,
        Unit = unit,
        Start = start,
        Target = target,
        Basis = $"Basis for {title}",
    };
}
