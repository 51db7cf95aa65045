using Dapper;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>What only PostgreSQL has: several hosts at once on one database, and native column types.</summary>
public class PostgresStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_lease_another_host_is_taking_is_skipped_at_once_rather_than_waited_for()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var now = db.Time.GetUtcNow();
        await ClaimAsync(db, sample, now);

        await using var hostA = await db.Database.BeginAsync(Ct);
        Assert.NotNull(await hostA.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now, now.AddMinutes(15), Ct));
        // Host A has not committed, so it still holds the row: host B must get its answer without waiting for A.
        await using (var hostB = await db.Database.OpenSessionAsync(Ct))
        {
            var attempt = await hostB.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now, now.AddMinutes(15), Ct)
                .WaitAsync(TimeSpan.FromSeconds(10), Ct);
            Assert.Null(attempt);
        }

        await hostA.CommitAsync(Ct);
        await using var later = await db.Database.OpenSessionAsync(Ct);
        Assert.Null(await later.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now.AddMinutes(1), now.AddMinutes(16), Ct));
        Assert.Equal(now.AddMinutes(15), (await later.Schedule.GetAsync(sample.Workspace.Id, "k", Ct))!.NotBefore);
    }

    [Fact]
    public async Task Of_many_connections_taking_the_same_lease_at_once_exactly_one_gets_it()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var now = db.Time.GetUtcNow();
        await ClaimAsync(db, sample, now);
        var hosts = new List<StorageSession>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                hosts.Add(await db.Database.BeginAsync(Ct));
            }

            using var start = new SemaphoreSlim(0);
            var attempts = hosts.Select(host => Task.Run(
                async () =>
                {
                    await start.WaitAsync(Ct);
                    var taken = await host.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now, now.AddMinutes(15), Ct);
                    await host.CommitAsync(Ct);
                    return taken;
                },
                Ct)).ToList();
            start.Release(hosts.Count);
            var results = await Task.WhenAll(attempts).WaitAsync(TimeSpan.FromSeconds(30), Ct);

            Assert.Single(results, r => r is not null);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Of_migration_runners_starting_together_on_a_new_database_one_applies_and_the_schema_is_whole()
    {
        await using var db = await TemporaryDatabase.CreateAsync(StorageProvider.Postgres, Ct);
        var runners = Enumerable.Range(0, 4).Select(_ => new MigrationRunner(db.Database, db.Time)).ToList();

        var applied = await Task.WhenAll(runners.Select(r => Task.Run(() => r.MigrateAsync(Ct), Ct))).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        Assert.Single(applied, a => a.Count > 0);
        Assert.Equal(Enumerable.Range(1, MigrationRunner.LatestVersion), applied.Single(a => a.Count > 0));
        Assert.True((await db.Migrations.GetStatusAsync(Ct)).IsCurrent);
        await using var connection = await db.Database.OpenAsync(Ct);
        Assert.Equal(MigrationRunner.LatestVersion, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
        // The last migration's table is there, and the stores work on the result.
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        Assert.Equal(sample.Team.Id, (await session.Teams.GetAsync(sample.Workspace.Id, sample.Team.Id, Ct))!.Id);
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM report_links"));
    }

    [Fact]
    public async Task Of_migration_runners_starting_together_under_serializable_isolation_one_applies()
    {
        await using var db = await TemporaryDatabase.CreateAsync(StorageProvider.Postgres, Ct);
        await using (var connection = await db.Database.OpenAsync(Ct))
        {
            var name = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString).Database;
            await connection.ExecuteAsync($"ALTER DATABASE {name} SET default_transaction_isolation = 'serializable'");
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        var runners = Enumerable.Range(0, 4).Select(_ => new MigrationRunner(db.Database, db.Time)).ToList();

        var applied = await Task.WhenAll(runners.Select(r => Task.Run(() => r.MigrateAsync(Ct), Ct))).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        Assert.Single(applied, a => a.Count > 0);
        await using var check = await db.Database.OpenAsync(Ct);
        Assert.Equal("serializable", await check.ExecuteScalarAsync<string>("SHOW default_transaction_isolation"));
        Assert.Equal(MigrationRunner.LatestVersion, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task A_workspace_lock_makes_a_second_transaction_on_that_workspace_wait_until_the_first_ends()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        await using var first = await db.Database.BeginAsync(Ct);
        await using var second = await db.Database.BeginAsync(Ct);
        await using var otherWorkspace = await db.Database.BeginAsync(Ct);
        await first.LockWorkspaceAsync("w1", Ct);

        var waiting = second.LockWorkspaceAsync("w1", Ct);
        await otherWorkspace.LockWorkspaceAsync("w2", Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        // The second session is queued on the lock (PostgreSQL lists it as not granted), not merely slow.
        Assert.True(await AdvisoryLockWaitersAsync(db, expected: 1), "the second session never waited on the workspace lock");
        Assert.False(waiting.IsCompleted);

        await first.CommitAsync(Ct);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10), Ct);
    }

    [Fact]
    public async Task Another_librarys_instants_on_npgsql_go_through_as_dapper_would_send_them()
    {
        // The bot's handlers are registered for the whole process once a Database exists.
        await using var db = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        await using var connection = new Npgsql.NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync(Ct);
        var instant = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(5));
        var utc = new DateTime(2026, 11, 23, 4, 0, 0, DateTimeKind.Utc);

        var read = await connection.QuerySingleAsync<(DateTime Instant, DateTime Utc, decimal Amount)>(
            "SELECT @Instant::timestamptz, @Utc::timestamptz, @Amount::numeric", new { Instant = instant, Utc = utc, Amount = 1.25m });

        Assert.Equal(utc, read.Instant.ToUniversalTime());
        Assert.Equal(utc, read.Utc.ToUniversalTime());
        Assert.Equal(1.25m, read.Amount);
    }

    [Theory]
    [InlineData("check_ins", "recorded_at", "timestamp with time zone")]
    [InlineData("check_ins", "value", "numeric")]
    [InlineData("key_results", "weight", "numeric")]
    [InlineData("exchange_rates", "rate_to_reporting", "numeric")]
    [InlineData("holidays", "holiday_date", "date")]
    [InlineData("leaves", "first_day", "date")]
    [InlineData("teams", "check_in_time", "time without time zone")]
    [InlineData("teams", "locale", "text")]
    [InlineData("members", "active", "boolean")]
    [InlineData("members", "profile_from_chat", "boolean")]
    [InlineData("workspaces", "enabled", "boolean")]
    [InlineData("teams_conversations", "enabled", "boolean")]
    [InlineData("scheduled_deliveries", "not_before", "timestamp with time zone")]
    [InlineData("scheduled_deliveries", "week_number", "integer")]
    [InlineData("report_links", "expires_at", "timestamp with time zone")]
    [InlineData("schema_version", "applied_at", "timestamp with time zone")]
    [InlineData("live_streams", "starts_at", "timestamp with time zone")]
    [InlineData("live_streams", "duration_seconds", "numeric")]
    [InlineData("live_streams", "cancelled_at", "timestamp with time zone")]
    [InlineData("live_streams", "week_number", "integer")]
    [InlineData("stream_rules", "answer_window_seconds", "numeric")]
    [InlineData("plan_proposals", "updated_at", "timestamp with time zone")]
    [InlineData("plan_proposal_key_results", "start_value", "numeric")]
    [InlineData("plan_proposal_key_results", "target_value", "numeric")]
    [InlineData("team_plan_targets", "amount", "numeric")]
    [InlineData("team_plan_targets", "set_at", "timestamp with time zone")]
    [InlineData("teams", "planning_prompt", "text")]
    public async Task Values_are_kept_in_native_column_types(string table, string column, string type)
    {
        await using var db = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        await using var connection = await db.Database.OpenAsync(Ct);

        Assert.Equal(type, await connection.ExecuteScalarAsync<string>(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table AND column_name = @column",
            new { table, column }));
    }

    [Fact]
    public async Task An_instant_with_an_offset_is_stored_as_the_same_instant_in_utc()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var connection = await db.Database.OpenAsync(Ct);

        // The sample's check-in was recorded at 17:05:03.123 +02:00.
        Assert.Equal("2026-10-16 15:05:03.123", await connection.ExecuteScalarAsync<string>(
            "SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') FROM check_ins"));
        Assert.Equal(1_234_567.89m, await connection.ExecuteScalarAsync<decimal>("SELECT value FROM check_ins"));
    }

    [Fact]
    public void The_data_source_to_log_names_host_port_and_database_but_no_credentials()
    {
        var database = Database.ForPostgres("Host=db.example.com;Port=6543;Database=reviewbot;Username=bot;Password=s3cret-value");

        Assert.Equal("db.example.com:6543/reviewbot", database.DataSource);
        Assert.Equal(StorageProvider.Postgres, database.Provider);
    }

    private static async Task ClaimAsync(TemporaryDatabase db, SampleData sample, DateTimeOffset now)
    {
        await using var session = await db.Database.OpenSessionAsync(Ct);
        Assert.True(await session.Schedule.TryClaimAsync(
            new DueDelivery
            {
                Kind = DeliveryKind.WeeklyPrompt,
                Key = "k",
                WorkspaceId = sample.Workspace.Id,
                TeamId = sample.Team.Id,
                MemberId = sample.Seller.Id,
                Quarter = Quarter.Parse("2026-Q4"),
                WeekNumber = 8,
                DueAt = now,
            },
            Ct));
    }

    private static async Task<bool> AdvisoryLockWaitersAsync(TemporaryDatabase db, int expected)
    {
        await using var connection = new Npgsql.NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync(Ct);
        return await Poll.UntilAsync(
            async () =>
            {
                await using var count = new Npgsql.NpgsqlCommand("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", connection);
                return (long)(await count.ExecuteScalarAsync(Ct))! >= expected;
            },
            TimeSpan.FromSeconds(5),
            Ct);
    }
}
