using Dapper;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>
/// SQLite keeps the text forms older builds wrote, so existing files read on unchanged and instants still
/// compare as text in SQL: what the stores write is checked here column by column.
/// </summary>
public class SqliteValueFormTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Instants_dates_times_amounts_and_flags_are_stored_in_the_same_forms_as_before()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            await session.Schedule.AddLeaveAsync(sample.Workspace.Id, sample.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 4), Ct);
            await session.Schedule.TryClaimAsync(
                new DueDelivery
                {
                    Kind = DeliveryKind.WeeklyPrompt,
                    Key = "k",
                    WorkspaceId = sample.Workspace.Id,
                    TeamId = sample.Team.Id,
                    MemberId = sample.Seller.Id,
                    Quarter = Quarter.Parse("2026-Q4"),
                    WeekNumber = 8,
                    DueAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)),
                },
                Ct);
            await session.Schedule.MarkFailedAsync(sample.Workspace.Id, "k", "ratelimited", new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero), Ct);
        }

        await using var connection = await db.Database.OpenAsync(Ct);
        async Task<(string Type, string Text)> ColumnAsync(string column, string table) =>
            await connection.QuerySingleAsync<(string, string)>($"SELECT typeof({column}), CAST({column} AS TEXT) FROM {table} LIMIT 1");

        Assert.Equal(("text", "2026-10-16T15:05:03.1230000Z"), await ColumnAsync("recorded_at", "check_ins"));
        Assert.Equal(("text", "1234567.89"), await ColumnAsync("value", "check_ins"));
        Assert.Equal(("text", "1.5"), await ColumnAsync("weight", "key_results"));
        Assert.Equal(("text", "16:30"), await ColumnAsync("check_in_time", "teams"));
        Assert.Equal(("text", "2026-12-22"), await ColumnAsync("first_day", "leaves"));
        Assert.Equal(("text", "2026-11-23T09:00:00.0000000Z"), await ColumnAsync("due_at", "scheduled_deliveries"));
        Assert.Equal(("text", "2026-11-23T09:05:00.0000000Z"), await ColumnAsync("not_before", "scheduled_deliveries"));
        Assert.Equal(("integer", "1"), await ColumnAsync("active", "members"));
        Assert.Equal(("integer", "1"), await ColumnAsync("enabled", "workspaces"));
        Assert.Equal(
            ["2026-11-26", "2026-11-08"],
            await connection.QueryAsync<string>("SELECT holiday_date FROM holidays ORDER BY market DESC"));
        Assert.Equal(
            ["0.0119", "1.0812345678"],
            await connection.QueryAsync<string>("SELECT rate_to_reporting FROM exchange_rates ORDER BY currency DESC"));
    }

    [Fact]
    public async Task A_streams_start_duration_and_crew_are_stored_as_utc_text_decimal_seconds_and_a_json_list()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var stream = LiveStreamsContract.Stream(sample, "Launch", new DateTimeOffset(2026, 11, 20, 20, 0, 0, TimeSpan.FromHours(8))) with
        {
            Duration = TimeSpan.FromMinutes(90.5),
            CrewMemberIds = ["b", "a"],
        };
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            Assert.True(await session.Streams.AddAsync(stream, Ct));
        }

        await using var connection = await db.Database.OpenAsync(Ct);
        var row = await connection.QuerySingleAsync<(string StartsAt, string Duration, string Crew)>("SELECT starts_at, duration_seconds, crew_member_ids FROM live_streams");

        Assert.Equal(("2026-11-20T12:00:00.0000000Z", "5430", "[\"b\",\"a\"]"), row);
    }

    [Fact]
    public async Task Rows_written_as_text_by_an_older_build_read_back_as_values()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using (var connection = await db.Database.OpenAsync(Ct))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO scheduled_deliveries (workspace_id, delivery_key, kind, team_id, due_at, status, attempts, sent_at)
                VALUES (@WorkspaceId, 'old', 'QuarterReview', @TeamId, '2026-09-30T22:00:00.0000000Z', 'sent', 1, '2026-09-30T22:00:05.5000000Z')
                """,
                new { WorkspaceId = sample.Workspace.Id, TeamId = sample.Team.Id });
        }

        await using var session = await db.Database.OpenSessionAsync(Ct);
        var old = await session.Schedule.GetAsync(sample.Workspace.Id, "old", Ct);

        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero), old!.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 22, 0, 5, 500, TimeSpan.Zero), old.SentAt);
        Assert.Null(old.Quarter);
        Assert.Null(old.NotBefore);
    }
}
