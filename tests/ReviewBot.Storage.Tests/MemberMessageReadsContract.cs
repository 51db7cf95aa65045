using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>
/// The narrow reads behind a message to one member (a prompt, a reminder, the retrospective prompt): the member's
/// key results, the check-ins on them and whether they checked in this week, which must agree with the whole team's
/// quarter on every engine, so that a fan-out writes the same words without reading the team once per member.
/// </summary>
public abstract class MemberMessageReadsContract : StorageContract
{
    // Friday 13 February 2026, in the sample's quarter (2026-Q4 of a fiscal year starting in April).
    private static readonly DateTimeOffset At = new(2026, 2, 13, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_members_objectives_are_the_teams_with_only_their_own_key_results_in_the_same_order()
    {
        await using var db = await MigratedDatabaseAsync();
        var team = await BusyTeam.WriteAsync(db.Database, Ct);
        var store = new ReviewStore(db.Database, db.Time);

        var whole = await store.ObjectivesAsync(team.WorkspaceId, team.Team.Id, SampleData.Quarter, Ct);
        foreach (var member in team.Members)
        {
            var expected = whole
                .Select(o => o with { KeyResults = [.. o.KeyResults.Where(k => k.OwnerMemberId == member.Id)] })
                .Where(o => o.KeyResults.Count > 0)
                .ToList();

            var narrow = await store.MemberObjectivesAsync(team.WorkspaceId, team.Team.Id, member.Id, SampleData.Quarter, Ct);

            Assert.Equal(Describe(expected), Describe(narrow));
        }

        Assert.Equal(2, (await store.MemberObjectivesAsync(team.WorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter, Ct)).Count);
        Assert.Equal(["later"], (await store.MemberObjectivesAsync(team.WorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter.Next(), Ct)).SelectMany(o => o.KeyResults).Select(k => k.Key));
        Assert.Empty(await store.MemberObjectivesAsync(team.WorkspaceId, team.Team.Id, team.Third.Id, SampleData.Quarter.Next(), Ct));
        Assert.Empty(await store.MemberObjectivesAsync(team.OtherWorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter, Ct));
    }

    [Fact]
    public async Task The_check_ins_of_a_few_key_results_are_the_teams_quarter_check_ins_on_them_corrections_included()
    {
        await using var db = await MigratedDatabaseAsync();
        var team = await BusyTeam.WriteAsync(db.Database, Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var whole = await store.CheckInsAsync(team.WorkspaceId, team.Team.Id, SampleData.Quarter, Ct);
        var sellers = (await store.MemberObjectivesAsync(team.WorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter, Ct))
            .SelectMany(o => o.KeyResults).Select(k => k.Id).ToList();

        var narrow = await store.KeyResultCheckInsAsync(team.WorkspaceId, sellers, SampleData.Quarter, Ct);

        Assert.Equal([.. whole.Where(c => sellers.Contains(c.KeyResultId))], narrow);
        Assert.Equal(5, narrow.Count);
        Assert.Empty(await store.KeyResultCheckInsAsync(team.WorkspaceId, [], SampleData.Quarter, Ct));
        Assert.Empty(await store.KeyResultCheckInsAsync(team.OtherWorkspaceId, sellers, SampleData.Quarter, Ct));
    }

    [Fact]
    public async Task A_member_has_checked_in_when_they_wrote_a_check_in_that_week_on_any_of_the_teams_key_results()
    {
        await using var db = await MigratedDatabaseAsync();
        var team = await BusyTeam.WriteAsync(db.Database, Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var whole = await store.CheckInsAsync(team.WorkspaceId, team.Team.Id, SampleData.Quarter, Ct);

        foreach (var member in team.Members)
        {
            for (var week = 1; week <= 13; week++)
            {
                var expected = whole.Any(c => c.AuthorMemberId == member.Id && c.WeekNumber == week);
                Assert.True(expected == await store.CheckedInAsync(team.WorkspaceId, team.Team.Id, member.Id, SampleData.Quarter, week, Ct), $"{member.Name}, week {week}");
            }
        }

        // The manager's only check-in of week 6 is on a key result the team owns; the manager's check-in on the
        // seller's key result in week 7 is not the seller's; the seller's week 2 is next quarter's, not this one's.
        Assert.True(await store.CheckedInAsync(team.WorkspaceId, team.Team.Id, team.Manager.Id, SampleData.Quarter, 6, Ct));
        Assert.False(await store.CheckedInAsync(team.WorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter, 7, Ct));
        Assert.False(await store.CheckedInAsync(team.WorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter, 2, Ct));
        Assert.True(await store.CheckedInAsync(team.WorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter.Next(), 2, Ct));
        Assert.False(await store.CheckedInAsync(team.OtherWorkspaceId, team.Team.Id, team.Seller.Id, SampleData.Quarter, 3, Ct));
    }

    [Fact]
    public async Task Prompts_reminders_and_retrospective_prompts_read_the_same_from_the_members_part_as_from_the_whole_team()
    {
        await using var db = await MigratedDatabaseAsync();
        var team = await BusyTeam.WriteAsync(db.Database, Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var engine = new ConversationEngine(store, new FakeTimeProvider(At));
        var members = await store.MembersAsync(team.WorkspaceId, team.Team.Id, Ct);
        var prompted = 0;

        // Every week of the quarter and the retrospective weeks after it: who owes a check-in changes week by week.
        foreach (var at in Enumerable.Range(-6, 21).Select(weeks => At.AddDays(7 * weeks)))
        {
            foreach (var member in members)
            {
                var speaker = new Speaker(member, team.Team, members, at);
                var whole = await QuarterData.LoadAsync(store, team.Team, members, speaker.Quarter, Ct);
                var owns = whole.Objectives.SelectMany(o => o.KeyResults).Any(k => k.OwnerMemberId == member.Id);
                var prompt = owns ? CheckInPrompt.Build(whole, member, speaker.Week, speaker.Culture) : null;
                var reminder = WeekStatusReport.NotCheckedIn(whole, speaker.Week).Any(m => m.Id == member.Id)
                    ? CheckInPrompt.Reminder(whole, member, speaker.Week, speaker.Culture)
                    : null;
                var retroQuarter = RetrospectiveQuarter(speaker.Week);
                var retroData = await QuarterData.LoadAsync(store, team.Team, members, retroQuarter, Ct);
                var retrospective = retroData.Objectives.SelectMany(o => o.KeyResults).Any(k => k.OwnerMemberId == member.Id)
                    ? RetrospectivePrompt.Build(retroData, member, team.Team.Calendar.WeeksOf(retroQuarter.Next())[1].LastDay, speaker.Culture)
                    : null;

                var because = $"{member.Name} at {at:yyyy-MM-dd}";
                Assert.True(Text(prompt) == Text(await engine.CheckInPromptAsync(member, team.Team, at, Ct)), because);
                Assert.True(Text(reminder) == Text(await engine.ReminderAsync(member, team.Team, at, Ct)), because);
                Assert.True(Text(retrospective) == Text(await engine.RetrospectivePromptAsync(member, team.Team, at, Ct)), because);
                prompted += prompt is null ? 0 : 1;
            }
        }

        // Not a comparison of nothing with nothing: the seller and the manager own key results all quarter.
        Assert.True(prompted >= 2 * 13, $"{prompted} prompts compared");
    }

    /// <summary>The quarter a retrospective prompt is about: the one ending in its last two weeks, the one just ended in the next one's first two.</summary>
    private static Quarter RetrospectiveQuarter(CheckInWeek week) =>
        week.Number <= 2 ? week.Quarter.Previous() : week.Quarter;

    private static string Describe(IEnumerable<Objective> objectives) =>
        JsonSerializer.Serialize(objectives.Select(o => new { o.Id, o.Key, o.Title, o.OwnerMemberId, o.Basis, o.Position, o.Quarter, o.TeamId, o.KeyResults }));

    /// <summary>A message as its recipient would read it, in full: every field, serialized.</summary>
    private static string Text(MessageReply? message) => message is null ? "(none)" : JsonSerializer.Serialize(message);

    /// <summary>
    /// The sample team grown to what a member's part must be cut out of: three objectives (two at the same position),
    /// key results of the seller, the manager, a third member and the team, a correction within a week, a manager's
    /// check-in on a team key result, a check-in by someone else on the seller's, another quarter's check-ins, and
    /// a second workspace.
    /// </summary>
    private sealed record BusyTeam(string WorkspaceId, string OtherWorkspaceId, Team Team, Member Manager, Member Seller, Member Third)
    {
        public IReadOnlyList<Member> Members => [Manager, Seller, Third];

        public static async Task<BusyTeam> WriteAsync(Database database, CancellationToken cancellationToken)
        {
            var sample = await SampleData.WriteAsync(database, "T01", cancellationToken);
            var other = await SampleData.WriteAsync(database, "T02", cancellationToken);
            var workspace = sample.Workspace.Id;
            var third = sample.Seller with { Id = Ids.New(), Name = "Cleo Clark", Email = "cleo@example.com", TeamsUserId = null, Locale = "fr-FR", TimeZoneId = "Asia/Tokyo" };
            await using var session = await database.BeginAsync(cancellationToken);
            await session.Teams.SaveMemberAsync(third, cancellationToken);

            Objective NewObjective(string key, int position, string? owner) => new()
            {
                Id = Ids.New(),
                WorkspaceId = workspace,
                TeamId = sample.Team.Id,
                Quarter = SampleData.Quarter,
                Key = key,
                Title = $"Objective {key}",
                OwnerMemberId = owner,
                Basis = $"Basis of objective {key}",
                Position = position,
            };

            KeyResult NewKeyResult(Objective objective, string key, string? owner, int position, KeyResultUnit unit, decimal target) => new()
            {
                Id = Ids.New(),
                WorkspaceId = workspace,
                ObjectiveId = objective.Id,
                Key = key,
                Title = $"Key result {key}",
                OwnerMemberId = owner,
                Unit = unit,
                Start = 0m,
                Target = target,
                Basis = $"Basis of {key}",
                Position = position,
            };

            // Same position as the sample's objective: ordered by key after it, "a-" before "grow-".
            var first = NewObjective("a-partners", 0, sample.Manager.Id);
            var last = NewObjective("z-hiring", 2, owner: null);
            var nextQuarter = NewObjective("later", 0, owner: null) with { Quarter = SampleData.Quarter.Next() };
            var partnerKeyResults = new[]
            {
                NewKeyResult(first, "b-resellers", sample.Seller.Id, 1, KeyResultUnit.Count("resellers"), 12m),
                NewKeyResult(first, "a-deals", sample.Manager.Id, 1, KeyResultUnit.Currency("USD"), 2_000_000m),
                NewKeyResult(first, "team-pipeline", owner: null, 0, KeyResultUnit.Percentage, 40m),
            };
            var hiringKeyResults = new[] { NewKeyResult(last, "hires", third.Id, 0, KeyResultUnit.Count("hires"), 3m) };
            var laterKeyResults = new[] { NewKeyResult(nextQuarter, "later", sample.Seller.Id, 0, KeyResultUnit.Milestone, 1m) };
            await session.Okrs.SaveObjectiveAsync(first with { KeyResults = partnerKeyResults }, cancellationToken);
            await session.Okrs.SaveObjectiveAsync(last with { KeyResults = hiringKeyResults }, cancellationToken);
            await session.Okrs.SaveObjectiveAsync(nextQuarter with { KeyResults = laterKeyResults }, cancellationToken);

            var recorded = new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero);
            var count = 0;
            async Task CheckInAsync(Member author, KeyResult keyResult, int week, decimal value, Quarter? quarter = null, TimeSpan? later = null)
            {
                await session.CheckIns.AddAsync(new CheckIn
                {
                    Id = Ids.New(),
                    WorkspaceId = workspace,
                    KeyResultId = keyResult.Id,
                    AuthorMemberId = author.Id,
                    Quarter = quarter ?? SampleData.Quarter,
                    WeekNumber = week,
                    Value = value,
                    Confidence = Confidence.OnTrack,
                    Source = ChatPlatform.Slack,
                    RecordedAt = recorded.AddDays(7 * week) + (later ?? TimeSpan.FromMinutes(count++)),
                }, cancellationToken);
            }

            var revenue = sample.Objective.KeyResults[0];
            await CheckInAsync(sample.Seller, revenue, 5, 2_000_000m);
            // A correction in the same week, recorded later: it is the value that counts.
            await CheckInAsync(sample.Seller, revenue, 5, 2_500_000m, later: TimeSpan.FromHours(5));
            await CheckInAsync(sample.Seller, partnerKeyResults[0], 4, 3m);
            // The manager wrote the seller's value in week 7; the seller did not check in that week.
            await CheckInAsync(sample.Manager, partnerKeyResults[0], 7, 5m);
            await CheckInAsync(sample.Manager, partnerKeyResults[1], 5, 250_000m);
            await CheckInAsync(sample.Manager, partnerKeyResults[2], 6, 12m);
            await CheckInAsync(third, hiringKeyResults[0], 5, 1m);
            // Another quarter's check-ins on this quarter's key results and the next quarter's.
            await CheckInAsync(sample.Seller, revenue, 2, 9_000_000m, quarter: SampleData.Quarter.Next());
            await CheckInAsync(sample.Seller, laterKeyResults[0], 2, 1m, quarter: SampleData.Quarter.Next());
            await session.CommitAsync(cancellationToken);
            return new BusyTeam(workspace, other.Workspace.Id, sample.Team, sample.Manager, sample.Seller, third);
        }
    }
}

public sealed class MemberMessageReads_on_Sqlite : MemberMessageReadsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class MemberMessageReads_on_Postgres : MemberMessageReadsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
