using Dapper;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests.Migrations;

public class MigrationRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrates_an_empty_database_to_the_latest_version_and_records_each_step()
    {
        await using var db = new TemporaryDatabase();

        var applied = await db.Migrations.MigrateAsync(Ct);

        Assert.Equal(Enumerable.Range(1, MigrationRunner.LatestVersion), applied);
        Assert.True(File.Exists(db.FilePath));
        var status = await db.Migrations.GetStatusAsync(Ct);
        Assert.True(status.IsCurrent);
        await using var connection = await db.Database.OpenAsync(Ct);
        var recorded = await connection.QueryAsync<(long Version, string Name, string AppliedAt)>("SELECT version, name, applied_at FROM schema_version ORDER BY version");
        Assert.Equal((1L, "initial", "2026-11-23T09:00:00.0000000Z"), recorded.First());
    }

    [Fact]
    public async Task An_empty_database_reaches_version_2_with_answers_deliveries_and_dialogs()
    {
        await using var db = new TemporaryDatabase();

        await db.Migrations.MigrateAsync(Ct);

        Assert.True((await db.Migrations.GetStatusAsync(Ct)).CurrentVersion >= 2);
        await using var connection = await db.Database.OpenAsync(Ct);
        Assert.Equal("dialogs_and_answers", await connection.ExecuteScalarAsync<string>("SELECT name FROM schema_version WHERE version = 2"));
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('review_answers', 'deliveries', 'dialogs') ORDER BY name");
        Assert.Equal(["deliveries", "dialogs", "review_answers"], tables);
    }

    [Fact]
    public async Task Running_the_migrations_again_changes_nothing()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var schemaBefore = await SchemaAsync(db);

        var applied = await db.Migrations.MigrateAsync(Ct);

        Assert.Empty(applied);
        Assert.Equal(schemaBefore, await SchemaAsync(db));
    }

    [Fact]
    public async Task Reports_an_unmigrated_database_as_version_zero()
    {
        await using var db = new TemporaryDatabase();

        var status = await db.Migrations.GetStatusAsync(Ct);

        Assert.Equal(new SchemaStatus(0, MigrationRunner.LatestVersion), status);
        Assert.False(status.IsCurrent);
    }

    [Fact]
    public async Task Refuses_a_database_written_by_a_newer_version_with_a_message_saying_so()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var newer = MigrationRunner.LatestVersion + 1;
        await using (var connection = await db.Database.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (@newer, 'from_the_future', '2030-01-01T00:00:00.0000000Z')", new { newer });
        }

        var error = await Assert.ThrowsAsync<DatabaseTooNewException>(() => db.Migrations.MigrateAsync(Ct));

        Assert.Equal(newer, error.DatabaseVersion);
        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Contains("written by a newer ReviewBot", error.Message, StringComparison.Ordinal);
        Assert.Contains(db.FilePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opens_connections_in_write_ahead_logging_mode_with_foreign_keys_on()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        await using var connection = await db.Database.OpenAsync(Ct);

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.True(await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout") >= 1000);
    }

    private static async Task<string> SchemaAsync(TemporaryDatabase db)
    {
        await using var connection = await db.Database.OpenAsync(Ct);
        var rows = await connection.QueryAsync<string>("SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name");
        var versions = await connection.QueryAsync<string>("SELECT version || ' ' || applied_at FROM schema_version");
        return string.Join('\n', rows.Concat(versions));
    }
}
