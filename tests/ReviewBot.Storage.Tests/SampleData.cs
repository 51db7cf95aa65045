using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Storage.Tests;

/// <summary>A small team written into one workspace: enough of every aggregate to round-trip.</summary>
public sealed record SampleData(Workspace Workspace, Team Team, Member Manager, Member Seller, Objective Objective, CheckIn CheckIn)
{
    public static readonly Quarter Quarter = new(2026, 4);

    public static async Task<SampleData> WriteAsync(Database database, string workspaceExternalId, CancellationToken cancellationToken)
    {
        await using var session = await database.BeginAsync(cancellationToken);
        var workspace = await session.Workspaces.EnsureAsync(ChatPlatform.Slack, workspaceExternalId, $"Workspace {workspaceExternalId}", cancellationToken);
        var team = new Team
        {
            Id = Ids.New(),
            WorkspaceId = workspace.Id,
            Key = "export-sales",
            Name = "Export Sales",
            TimeZoneId = "Asia/Shanghai",
            FiscalYearStartMonth = 4,
            ReportingCurrency = "USD",
            Locale = "en-GB",
            CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 30)),
            ExchangeRates = new ExchangeRateTable([new ExchangeRate(Quarter, "EUR", 1.0812345678m), new ExchangeRate(Quarter, "INR", 0.0119m)]),
            Holidays = [new Holiday("US", new DateOnly(2026, 11, 26), "Thanksgiving"), new Holiday("India & SEA", new DateOnly(2026, 11, 8), "Diwali")],
            SummaryChannels = [new SummaryChannel(ChatPlatform.Slack, "C0EXPORT"), new SummaryChannel(ChatPlatform.Teams, "19:abc@thread.tacv2")],
        };
        await session.Teams.SaveAsync(team, cancellationToken);
        var manager = NewMember(team, "Mia Manager", MemberRole.Manager, "US", "America/New_York", "en-US") with { SlackUserId = "UMIA" };
        var seller = NewMember(team, "Ben Berger", MemberRole.Member, "Europe", "Europe/Berlin", "de-DE") with { TeamsUserId = "6b1f0c1e-0000-4000-8000-000000000001" };
        await session.Teams.SaveMemberAsync(manager, cancellationToken);
        await session.Teams.SaveMemberAsync(seller, cancellationToken);

        var objectiveId = Ids.New();
        KeyResult NewKeyResult(string key, KeyResultUnit unit, decimal start, decimal target, int position) => new()
        {
            Id = Ids.New(),
            WorkspaceId = workspace.Id,
            ObjectiveId = objectiveId,
            Key = key,
            Title = $"Key result {key}",
            OwnerMemberId = seller.Id,
            Unit = unit,
            Start = start,
            Target = target,
            Weight = 1.5m,
            Basis = $"Basis of {key}",
            Market = position == 0 ? "Europe" : null,
            Position = position,
        };

        var objective = new Objective
        {
            Id = objectiveId,
            WorkspaceId = workspace.Id,
            TeamId = team.Id,
            Quarter = Quarter,
            Key = "grow-europe",
            Title = "Grow Europe",
            OwnerMemberId = null,
            Basis = "Europe is under-served",
            Position = 0,
            KeyResults =
            [
                NewKeyResult("revenue", KeyResultUnit.Currency("EUR"), 0m, 12_345_678.90m, 0),
                NewKeyResult("accounts", KeyResultUnit.Count("accounts"), 3m, 10m, 1),
                NewKeyResult("negative-reviews", KeyResultUnit.Percentage, 4.5m, 2m, 2),
                NewKeyResult("storefront", KeyResultUnit.Milestone, 0m, 1m, 3),
            ],
        };
        await session.Okrs.SaveObjectiveAsync(objective, cancellationToken);

        var checkIn = new CheckIn
        {
            Id = Ids.New(),
            WorkspaceId = workspace.Id,
            KeyResultId = objective.KeyResults[0].Id,
            AuthorMemberId = seller.Id,
            Quarter = Quarter,
            WeekNumber = 3,
            Value = 1_234_567.89m,
            Confidence = Confidence.AtRisk,
            Comment = "Two distributors delayed",
            Blockers = "Customs paperwork",
            Source = ChatPlatform.Teams,
            RecordedAt = new DateTimeOffset(2026, 10, 16, 17, 5, 3, 123, TimeSpan.FromHours(2)),
        };
        await session.CheckIns.AddAsync(checkIn, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new SampleData(workspace, team, manager, seller, objective, checkIn);
    }

    private static Member NewMember(Team team, string name, MemberRole role, string market, string zone, string locale) => new()
    {
        Id = Ids.New(),
        WorkspaceId = team.WorkspaceId,
        TeamId = team.Id,
        Name = name,
        Email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com",
        Role = role,
        Market = market,
        TimeZoneId = zone,
        Locale = locale,
    };
}
