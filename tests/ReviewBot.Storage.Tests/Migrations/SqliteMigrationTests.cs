using Dapper;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests.Migrations;

/// <summary>What only SQLite has: a file, WAL mode, and a schema that must stay exactly what older builds wrote.</summary>
public class SqliteMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrating_creates_the_file_and_records_each_step_as_invariant_utc_text()
    {
        await using var db = new TemporaryDatabase();

        await db.Migrations.MigrateAsync(Ct);

        Assert.True(File.Exists(db.FilePath));
        Assert.Equal(db.FilePath, db.Database.DataSource);
        await using var connection = await db.Database.OpenAsync(Ct);
        var recorded = await connection.QueryAsync<(long Version, string Name, string AppliedAt)>("SELECT version, name, applied_at FROM schema_version ORDER BY version");
        Assert.Equal((1L, "initial", "2026-11-23T09:00:00.0000000Z"), recorded.First());
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('review_answers', 'inbound_event_keys', 'dialogs') ORDER BY name");
        Assert.Equal(["dialogs", "inbound_event_keys", "review_answers"], tables);
    }

    [Fact]
    public async Task Running_the_migrations_again_changes_nothing_in_the_schema()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var schemaBefore = await SchemaAsync(db);

        var applied = await db.Migrations.MigrateAsync(Ct);

        Assert.Empty(applied);
        Assert.Equal(schemaBefore, await SchemaAsync(db));
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
