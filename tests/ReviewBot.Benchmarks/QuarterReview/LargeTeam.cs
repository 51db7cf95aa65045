using System.Globalization;
using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;
using ReviewBot.Storage;

namespace ReviewBot.Benchmarks.QuarterReview;

/// <summary>
/// A large sales team written into a database: 1,000 members, each owning one objective of 5 key results
/// (revenue in their market's currency, new accounts, a returns rate that must fall, pipeline, a launch
/// milestone), every key result checked in on each of the quarter's 13 weeks: 65,000 check-ins. Around
/// them what a real quarter holds: every member's retrospective answers, some comments and blockers, a
/// week of leave for a tenth of the team, and last quarter's key results with their final values for
/// the roll-ups' comparison (5,000 check-ins more).
/// </summary>
internal static class LargeTeam
{
    public const int MemberCount = 1_000;
    public const int KeyResultsPerMember = 5;

    /// <summary>April to June 2024: it starts on a Monday and ends on a Sunday, so it has exactly 13 weeks.</summary>
    public static readonly Quarter Quarter = new(2024, 2);

    /// <summary>A week after the quarter ended: the final review, as posted to the team's channel.</summary>
    public static readonly DateTimeOffset ReviewedAt = new(2024, 7, 8, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string Market, string Currency, string TimeZone, string Locale)[] Markets =
    [
        ("US", "USD", "America/New_York", "en-US"),
        ("Europe", "EUR", "Europe/Berlin", "de-DE"),
        ("India & SEA", "INR", "Asia/Kolkata", "en-IN"),
        ("Japan", "JPY", "Asia/Tokyo", "ja-JP"),
        ("Brazil", "BRL", "America/Sao_Paulo", "pt-BR"),
    ];

    private static readonly string[] Blockers =
    [
        "Waiting on legal review of the contract.",
        "Pricing approval is slow",
        "CRM access still missing.",
        "Distributor stock-out",
        "Travel budget frozen.",
        "Demo environment down",
        "Key account contact left",
    ];

    public static async Task<Team> WriteAsync(Database database, CancellationToken cancellationToken)
    {
        Team team;
        List<Member> members;
        List<KeyResult> keyResults;
        List<KeyResult> previousKeyResults;
        await using (var session = await database.BeginAsync(cancellationToken))
        {
            var workspace = await session.Workspaces.EnsureAsync(ChatPlatform.Slack, "TBENCHMARK", "Benchmark workspace", cancellationToken);
            team = NewTeam(workspace.Id);
            await session.Teams.SaveAsync(team, cancellationToken);
            members = [.. Enumerable.Range(0, MemberCount).Select(i => NewMember(team, i))];
            foreach (var member in members)
            {
                await session.Teams.SaveMemberAsync(member, cancellationToken);
            }

            keyResults = [];
            previousKeyResults = [];
            foreach (var (member, index) in members.Select((m, i) => (m, i)))
            {
                var objective = NewObjective(team, member, index, Quarter);
                var previousObjective = NewObjective(team, member, index, Quarter.Previous());
                await session.Okrs.SaveObjectiveAsync(objective, cancellationToken);
                await session.Okrs.SaveObjectiveAsync(previousObjective, cancellationToken);
                keyResults.AddRange(objective.KeyResults);
                previousKeyResults.AddRange(previousObjective.KeyResults);
            }

            await session.CommitAsync(cancellationToken);
        }

        // The bulk of the rows in multi-row statements, in one transaction: seconds, not minutes.
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await BulkInsert.RowsAsync(
            connection,
            transaction,
            "check_ins",
            ["id", "workspace_id", "key_result_id", "author_member_id", "quarter", "week_number", "value", "confidence", "comment", "blockers", "source", "recorded_at"],
            CheckIns(team, keyResults, Quarter, allWeeks: true).Concat(CheckIns(team, previousKeyResults, Quarter.Previous(), allWeeks: false)));
        await BulkInsert.RowsAsync(
            connection,
            transaction,
            "review_answers",
            ["id", "workspace_id", "template_id", "question_id", "author_member_id", "quarter", "week_number", "key_result_id", "text", "recorded_at"],
            // Last quarter's retrospective too: the review's Lessons step names it beside this quarter's results.
            Answers(team, members, keyResults, Quarter).Concat(Answers(team, members, previousKeyResults, Quarter.Previous())));
        var leaveWeek = team.Calendar.Week(Quarter, 6);
        await BulkInsert.RowsAsync(
            connection,
            transaction,
            "leaves",
            ["workspace_id", "member_id", "first_day", "last_day"],
            members.Where((_, i) => i % 10 == 3).Select(m => new object?[] { team.WorkspaceId, m.Id, leaveWeek.FirstDay, leaveWeek.LastDay }));
        await transaction.CommitAsync(cancellationToken);
        return team;
    }

    private static Team NewTeam(string workspaceId)
    {
        var rates = new[] { Quarter.Previous(), Quarter }.SelectMany(q => new[]
        {
            new ExchangeRate(q, "EUR", 1.08m),
            new ExchangeRate(q, "INR", 0.012m),
            new ExchangeRate(q, "JPY", 0.0064m),
            new ExchangeRate(q, "BRL", 0.19m),
        });
        return new Team
        {
            Id = Ids.New(),
            WorkspaceId = workspaceId,
            Key = "field-sales",
            Name = "Field Sales",
            TimeZoneId = "Europe/Berlin",
            ReportingCurrency = "USD",
            CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0)),
            ExchangeRates = new ExchangeRateTable(rates),
            Holidays = [new Holiday("US", new DateOnly(2024, 5, 27), "Memorial Day"), new Holiday("Europe", new DateOnly(2024, 5, 1), "Labour Day")],
            SummaryChannels = [new SummaryChannel(ChatPlatform.Slack, "CFIELDSALES")],
        };
    }

    private static Member NewMember(Team team, int index)
    {
        var (market, _, zone, locale) = Markets[index % Markets.Length];
        return new Member
        {
            Id = Ids.New(),
            WorkspaceId = team.WorkspaceId,
            TeamId = team.Id,
            Name = string.Create(CultureInfo.InvariantCulture, $"Seller {index + 1:0000}"),
            Email = string.Create(CultureInfo.InvariantCulture, $"seller{index + 1}@example.com"),
            SlackUserId = string.Create(CultureInfo.InvariantCulture, $"U{index + 1:000000}"),
            Role = index == 0 ? MemberRole.Manager : MemberRole.Member,
            Market = market,
            TimeZoneId = zone,
            Locale = locale,
        };
    }

    private static Objective NewObjective(Team team, Member owner, int index, Quarter quarter)
    {
        var objectiveId = Ids.New();
        var currency = Markets[index % Markets.Length].Currency;
        KeyResult Result(int position, string key, string title, KeyResultUnit unit, decimal start, decimal target) => new()
        {
            Id = Ids.New(),
            WorkspaceId = team.WorkspaceId,
            ObjectiveId = objectiveId,
            Key = key,
            Title = $"{title} ({owner.Name})",
            OwnerMemberId = owner.Id,
            Unit = unit,
            Start = start,
            Target = target,
            Weight = position == 0 ? 2m : 1m,
            Basis = "Last year's figure plus the market's growth plan",
            Position = position,
        };

        return new Objective
        {
            Id = objectiveId,
            WorkspaceId = team.WorkspaceId,
            TeamId = team.Id,
            Quarter = quarter,
            Key = string.Create(CultureInfo.InvariantCulture, $"book-{index + 1}"),
            Title = $"Grow {owner.Name}'s book of business",
            OwnerMemberId = owner.Id,
            Basis = "The territory plan agreed in the kick-off",
            Position = index,
            KeyResults =
            [
                Result(0, "revenue", "Revenue", KeyResultUnit.Currency(currency), 0m, 1_000_000m + (index * 1_000m)),
                Result(1, "new-accounts", "New accounts", KeyResultUnit.Count("accounts"), 0m, 20m),
                Result(2, "returns", "Returns rate", KeyResultUnit.Percentage, 4.5m, 2m),
                Result(3, "pipeline", "Qualified pipeline deals", KeyResultUnit.Count("deals"), 10m, 60m),
                Result(4, "launch", "Storefront launch", KeyResultUnit.Milestone, 0m, 1m),
            ],
        };
    }

    /// <summary>
    /// Each key result of the quarter on every week (values on a slightly uneven way to target), last
    /// quarter's on its last week only. Every seventh check-in is at risk with a comment, every tenth names a blocker.
    /// </summary>
    private static IEnumerable<object?[]> CheckIns(Team team, List<KeyResult> keyResults, Quarter quarter, bool allWeeks)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var weeks = team.Calendar.WeeksOf(quarter);
        var count = 0;
        foreach (var (kr, index) in keyResults.Select((k, i) => (k, i)))
        {
            foreach (var week in allWeeks ? weeks : weeks.TakeLast(1))
            {
                count++;
                var share = (decimal)week.Number / weeks.Count * (0.6m + (index % 7 * 0.1m));
                var value = kr.Unit is MilestoneUnit
                    ? (week.Number == weeks.Count && index % 3 != 0 ? 1m : 0m)
                    : decimal.Round(kr.Start + ((kr.Target - kr.Start) * share), 2);
                var atRisk = count % 7 == 0;
                yield return
                [
                    Ids.New(),
                    kr.WorkspaceId,
                    kr.Id,
                    kr.OwnerMemberId,
                    quarter.Id,
                    week.Number,
                    value,
                    (atRisk ? Confidence.AtRisk : Confidence.OnTrack).ToString(),
                    atRisk ? "The big deal slipped to next month." : null,
                    count % 10 == 0 ? Blockers[count / 10 % Blockers.Length] : null,
                    nameof(ChatPlatform.Slack),
                    week.EndsAt(zone).AddHours(-8).AddSeconds(index % 3_600),
                ];
            }
        }
    }

    /// <summary>Every member's retrospective: why revenue differs from target, what worked, what to change.</summary>
    private static IEnumerable<object?[]> Answers(Team team, List<Member> members, List<KeyResult> keyResults, Quarter quarter)
    {
        var revenueByOwner = keyResults.Where(k => k.Key == "revenue").ToDictionary(k => k.OwnerMemberId!, k => k.Id, StringComparer.Ordinal);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var lastWeek = team.Calendar.WeeksOf(quarter)[^1];
        var at = lastWeek.EndsAt(zone).AddDays(-2);
        foreach (var (member, index) in members.Select((m, i) => (m, i)))
        {
            foreach (var (question, keyResultId, text) in new[]
            {
                ("cause", revenueByOwner[member.Id], "Two large orders moved into July."),
                ("worked", null, "Weekly pipeline reviews with the distributors."),
                ("change", null, "Start the renewals conversation a month earlier."),
            })
            {
                yield return [Ids.New(), team.WorkspaceId, ReviewTemplates.Retrospective.Id, question, member.Id, quarter.Id, lastWeek.Number, keyResultId, text, at.AddSeconds(index)];
            }
        }
    }
}
