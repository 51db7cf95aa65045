using System.Globalization;
using Dapper;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class StoreRoundTripContract : StorageContract
{
    [Fact]
    public async Task A_workspace_is_created_once_per_platform_id_and_keeps_the_latest_name()
    {
        await using var db = await MigratedDatabaseAsync();
        await using var session = await db.Database.OpenSessionAsync(Ct);

        var first = await session.Workspaces.EnsureAsync(ChatPlatform.Slack, "T01", "Old name", Ct);
        var again = await session.Workspaces.EnsureAsync(ChatPlatform.Slack, "T01", "New name", Ct);
        var teamsTenant = await session.Workspaces.EnsureAsync(ChatPlatform.Teams, "T01", "Same id, other platform", Ct);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(new Workspace(first.Id, ChatPlatform.Slack, "T01", "New name"), await session.Workspaces.FindAsync(ChatPlatform.Slack, "T01", Ct));
        Assert.NotEqual(first.Id, teamsTenant.Id);

        await session.Workspaces.SetEnabledAsync(first.Id, enabled: false, Ct);
        Assert.False((await session.Workspaces.GetAsync(first.Id, Ct))!.Enabled);
    }

    [Fact]
    public async Task A_team_round_trips_with_its_rates_holidays_and_summary_channels()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        var loaded = await session.Teams.GetAsync(sample.Workspace.Id, sample.Team.Id, Ct);

        Assert.NotNull(loaded);
        Assert.True(sample.Team.SameAs(loaded));
        Assert.Equal(sample.Team.ExchangeRates.Rates, loaded.ExchangeRates.Rates);
        Assert.Equal(sample.Team.Holidays.OrderBy(h => h.Date), loaded.Holidays);
        Assert.Equal(sample.Team.SummaryChannels, loaded.SummaryChannels);
        Assert.True(loaded.SameAs((await session.Teams.FindByKeyAsync(sample.Workspace.Id, "export-sales", Ct))!));
        Assert.Equal("en-GB", loaded.Locale);
    }

    [Fact]
    public async Task A_team_stored_without_a_locale_reads_in_american_english()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using (var connection = await db.Database.OpenAsync(Ct))
        {
            // As a team written before migration 0008 looks: the column holds its default.
            await connection.ExecuteAsync(
                """
                INSERT INTO teams (id, workspace_id, team_key, name, time_zone, fiscal_year_start_month, reporting_currency, check_in_day, check_in_time)
                VALUES ('old-team', @WorkspaceId, 'old-team', 'Old Team', 'UTC', 1, 'USD', 5, '16:00')
                """,
                new { WorkspaceId = sample.Workspace.Id });
        }

        await using var session = await db.Database.OpenSessionAsync(Ct);
        var loaded = await session.Teams.GetAsync(sample.Workspace.Id, "old-team", Ct);

        Assert.Equal("en-US", loaded!.Locale);
    }

    [Fact]
    public async Task Members_round_trip_and_are_found_by_their_chat_identity()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        var members = await session.Teams.MembersAsync(sample.Workspace.Id, sample.Team.Id, Ct);

        Assert.Equal([sample.Seller, sample.Manager], members);
        Assert.Equal([sample.Manager], await session.Teams.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Slack, "UMIA", Ct));
        Assert.Equal([sample.Seller], await session.Teams.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Teams, sample.Seller.TeamsUserId!, Ct));
    }

    [Fact]
    public async Task Objectives_round_trip_with_key_results_of_every_unit_and_exact_decimals()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        var objectives = await session.Okrs.ObjectivesAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);

        var loaded = Assert.Single(objectives);
        Assert.Equal(sample.Objective with { KeyResults = [] }, loaded with { KeyResults = [] });
        Assert.Equal(sample.Objective.KeyResults, loaded.KeyResults);
        Assert.Equal([SampleData.Quarter], await session.Okrs.QuartersAsync(sample.Workspace.Id, sample.Team.Id, Ct));
    }

    [Fact]
    public async Task A_check_in_round_trips_and_corrections_keep_their_history()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var correction = sample.CheckIn with { Id = Core.Ids.New(), Value = 1_300_000m, RecordedAt = sample.CheckIn.RecordedAt.AddHours(1) };
        await session.CheckIns.AddAsync(correction, Ct);

        var history = await session.CheckIns.ForKeyResultAsync(sample.Workspace.Id, sample.CheckIn.KeyResultId, Ct);

        Assert.Equal([sample.CheckIn, correction], history);
        Assert.Equal(history, await session.CheckIns.ForTeamQuarterAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
        Assert.Equal(TimeSpan.Zero, history[0].RecordedAt.Offset);
    }

    [Fact]
    public async Task A_teams_quarter_reads_back_its_own_check_ins_whole_with_their_workspace_and_quarter_and_no_other_quarters()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var lastQuarter = sample.CheckIn with { Id = Core.Ids.New(), Quarter = SampleData.Quarter.Previous(), RecordedAt = sample.CheckIn.RecordedAt.AddDays(-90) };
        var nextWeek = sample.CheckIn with { Id = Core.Ids.New(), WeekNumber = 4, Comment = null, Blockers = null, RecordedAt = sample.CheckIn.RecordedAt.AddDays(7) };
        await session.CheckIns.AddAsync(lastQuarter, Ct);
        await session.CheckIns.AddAsync(nextWeek, Ct);

        var read = await session.CheckIns.ForTeamQuarterAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);

        Assert.Equal([sample.CheckIn, nextWeek], read);
        Assert.All(read, c => Assert.Equal((sample.Workspace.Id, SampleData.Quarter), (c.WorkspaceId, c.Quarter)));
        Assert.Equal([lastQuarter], await session.CheckIns.ForTeamQuarterAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter.Previous(), Ct));
    }

    [Fact]
    public async Task A_teams_quarter_reads_the_same_check_ins_in_the_same_order_as_the_joined_sorted_query_it_replaced()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var otherTeam = await SampleData.WriteAsync(db.Database, "T02", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var at = sample.CheckIn.RecordedAt;
        CheckIn On(KeyResult keyResult, string id, int week, DateTimeOffset recordedAt) =>
            sample.CheckIn with { Id = id, KeyResultId = keyResult.Id, WeekNumber = week, RecordedAt = recordedAt };
        var keyResults = sample.Objective.KeyResults;
        // Corrections in one week, ties on the instant that only the id orders (code point order, not UTF-16's),
        // values of every scale, a milestone, words or none, and another team's and another quarter's check-ins around them.
        CheckIn[] written =
        [
            On(keyResults[1], "b-tie", 4, at.AddDays(1)) with { Value = 7m, Confidence = Confidence.OffTrack, Comment = null, Blockers = null, Source = ChatPlatform.Slack },
            On(keyResults[1], "a-tie", 4, at.AddDays(1)) with { Value = 0.000001m },
            On(keyResults[1], "\uFF5Ewide", 4, at.AddDays(1)) with { Value = -3.5m },
            On(keyResults[1], "\U0001F600smile", 4, at.AddDays(1)) with { Value = 12_345_678_901.123456m },
            On(keyResults[2], "correction-late", 5, at.AddDays(8).AddTicks(10)) with { Value = 2.25m, Comment = "Corrected" },
            On(keyResults[2], "correction-early", 5, at.AddDays(8)) with { Value = 3m },
            On(keyResults[3], "milestone", 13, at.AddDays(60)) with { Value = 1m, Comment = "Done", Blockers = "" },
            On(keyResults[0], "last-quarter", 13, at.AddDays(-30)) with { Quarter = SampleData.Quarter.Previous() },
            On(otherTeam.Objective.KeyResults[0], "other-team", 4, at.AddDays(1)) with { WorkspaceId = otherTeam.Workspace.Id, AuthorMemberId = otherTeam.Seller.Id },
        ];
        foreach (var checkIn in written)
        {
            await session.CheckIns.AddAsync(checkIn, Ct);
        }

        var read = await session.CheckIns.ForTeamQuarterAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);

        await using var connection = await db.Database.OpenAsync(Ct);
        var expectedOrder = (await connection.QueryAsync<string>(
                $"""
                SELECT c.id FROM check_ins c
                JOIN key_results k ON k.workspace_id = c.workspace_id AND k.id = c.key_result_id
                JOIN objectives o ON o.workspace_id = k.workspace_id AND o.id = k.objective_id
                WHERE c.workspace_id = @WorkspaceId AND o.team_id = @TeamId AND c.quarter = @Quarter
                ORDER BY c.recorded_at, c.id{(db.Database.Provider == StorageProvider.Postgres ? " COLLATE \"C\"" : "")}
                """,
                new { WorkspaceId = sample.Workspace.Id, TeamId = sample.Team.Id, Quarter = SampleData.Quarter.Id })).ToList();
        Assert.Equal(expectedOrder, read.Select(c => c.Id));
        Assert.Equal(8, read.Count);
        var stored = new List<CheckIn>();
        foreach (var keyResult in keyResults)
        {
            stored.AddRange(await session.CheckIns.ForKeyResultAsync(sample.Workspace.Id, keyResult.Id, Ct));
        }

        Assert.Equal(stored.Where(c => c.Quarter == SampleData.Quarter).OrderBy(c => expectedOrder.IndexOf(c.Id)), read);
    }

    [Fact]
    public async Task A_teams_latest_check_ins_are_each_key_results_last_week_at_its_last_instant_and_count_as_every_row_does()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var otherTeam = await SampleData.WriteAsync(db.Database, "T02", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var at = sample.CheckIn.RecordedAt;
        CheckIn On(KeyResult keyResult, string id, int week, DateTimeOffset recordedAt) =>
            sample.CheckIn with { Id = id, KeyResultId = keyResult.Id, WeekNumber = week, RecordedAt = recordedAt };
        var keyResults = sample.Objective.KeyResults;
        // Ties on the last instant (ids a .NET sort and a code point sort order differently among them), corrections,
        // an earlier week recorded after the last one, and another quarter's and another team's check-ins around them.
        CheckIn[] written =
        [
            On(keyResults[1], "week-3", 3, at.AddHours(12)) with { Value = 1m },
            On(keyResults[1], "b-tie", 4, at.AddDays(1)) with { Value = 7m, Confidence = Confidence.OffTrack, Comment = null },
            On(keyResults[1], "a-tie", 4, at.AddDays(1)) with { Value = 0.000001m },
            On(keyResults[1], "\uFF5Ewide", 4, at.AddDays(1)) with { Value = -3.5m },
            On(keyResults[1], "\U0001F600smile", 4, at.AddDays(1)) with { Value = 12_345_678_901.123456m },
            On(keyResults[1], "week-3-late", 3, at.AddDays(2)) with { Value = 2m },
            On(keyResults[2], "correction-late", 5, at.AddDays(8).AddTicks(10)) with { Value = 2.25m, Comment = "Corrected" },
            On(keyResults[2], "correction-early", 5, at.AddDays(8)) with { Value = 3m },
            On(keyResults[2], "week-4", 4, at.AddDays(9)) with { Value = 9m },
            On(keyResults[3], "milestone", 13, at.AddDays(60)) with { Value = 1m, Comment = "Done", Blockers = "" },
            On(keyResults[3], "last-quarter", 14, at.AddDays(-30)) with { Quarter = SampleData.Quarter.Previous() },
            On(otherTeam.Objective.KeyResults[0], "other-team", 14, at.AddDays(90)) with { WorkspaceId = otherTeam.Workspace.Id, AuthorMemberId = otherTeam.Seller.Id },
        ];
        foreach (var checkIn in written)
        {
            await session.CheckIns.AddAsync(checkIn, Ct);
        }

        var every = await session.CheckIns.ForTeamQuarterAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);
        var latest = await session.CheckIns.LatestForTeamQuarterAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);

        var expected = every
            .GroupBy(c => c.KeyResultId)
            .SelectMany(k => k.Where(c => c.WeekNumber == k.Max(w => w.WeekNumber)).GroupBy(c => c.RecordedAt).MaxBy(t => t.Key)!)
            .ToHashSet();
        Assert.Equal(every.Where(expected.Contains), latest);
        Assert.Equal(
            new[] { sample.CheckIn.Id, "a-tie", "b-tie", "\uFF5Ewide", "\U0001F600smile", "correction-late", "milestone" }.Order(StringComparer.Ordinal),
            latest.Select(c => c.Id).Order(StringComparer.Ordinal));
        var fromEvery = new CheckInHistory(every);
        var fromLatest = new CheckInHistory(latest);
        Assert.All(keyResults, k => Assert.Equal(fromEvery.Latest(k.Id), fromLatest.Latest(k.Id)));
    }

    [Fact]
    public async Task Values_are_stored_the_same_whatever_culture_the_host_runs_in()
    {
        await using var db = await MigratedDatabaseAsync();
        var previous = CultureInfo.CurrentCulture;
        SampleData sample;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        await using var session = await db.Database.OpenSessionAsync(Ct);
        var history = await session.CheckIns.ForKeyResultAsync(sample.Workspace.Id, sample.CheckIn.KeyResultId, Ct);
        Assert.Equal(1_234_567.89m, Assert.Single(history).Value);
    }

    [Fact]
    public async Task A_transaction_that_is_not_committed_leaves_nothing_behind()
    {
        await using var db = await MigratedDatabaseAsync();
        await using (var session = await db.Database.BeginAsync(Ct))
        {
            await session.Workspaces.EnsureAsync(ChatPlatform.Playground, "half-saved", "Half saved", Ct);
        }

        await using var reader = await db.Database.OpenSessionAsync(Ct);
        Assert.Null(await reader.Workspaces.FindAsync(ChatPlatform.Playground, "half-saved", Ct));
    }
}

public sealed class StoreRoundTrip_on_Sqlite : StoreRoundTripContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class StoreRoundTrip_on_Postgres : StoreRoundTripContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
