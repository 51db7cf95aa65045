using Dapper;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests.Migrations;

/// <summary>What the migration runner promises on every engine.</summary>
public abstract class MigrationRunnerContract : StorageContract
{
    /// <summary>A new database of the derived class's engine with no schema at all.</summary>
    protected abstract Task<TemporaryDatabase> EmptyDatabaseAsync();

    protected override async Task<TemporaryDatabase> MigratedDatabaseAsync()
    {
        var db = await EmptyDatabaseAsync();
        await db.Migrations.MigrateAsync(Ct);
        return db;
    }

    [Fact]
    public async Task Migrates_an_empty_database_to_the_latest_version_and_records_each_step()
    {
        await using var db = await EmptyDatabaseAsync();

        var applied = await db.Migrations.MigrateAsync(Ct);

        Assert.Equal(Enumerable.Range(1, MigrationRunner.LatestVersion), applied);
        Assert.True((await db.Migrations.GetStatusAsync(Ct)).IsCurrent);
        await using var connection = await db.Database.OpenAsync(Ct);
        Assert.Equal("initial", await connection.ExecuteScalarAsync<string>("SELECT name FROM schema_version WHERE version = 1"));
        Assert.Equal("dialogs_and_answers", await connection.ExecuteScalarAsync<string>("SELECT name FROM schema_version WHERE version = 2"));
        Assert.Equal(db.Time.GetUtcNow(), await connection.ExecuteScalarAsync<DateTimeOffset>("SELECT applied_at FROM schema_version WHERE version = 1"));
        Assert.Equal(MigrationRunner.LatestVersion, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task Running_the_migrations_again_applies_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        db.Time.Advance(TimeSpan.FromDays(1));

        var applied = await db.Migrations.MigrateAsync(Ct);

        Assert.Empty(applied);
        await using var connection = await db.Database.OpenAsync(Ct);
        Assert.Equal(MigrationRunner.LatestVersion, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task Reports_an_unmigrated_database_as_version_zero()
    {
        await using var db = await EmptyDatabaseAsync();

        var status = await db.Migrations.GetStatusAsync(Ct);

        Assert.Equal(new SchemaStatus(0, MigrationRunner.LatestVersion), status);
        Assert.False(status.IsCurrent);
    }

    [Fact]
    public async Task Refuses_a_database_written_by_a_newer_version_with_a_message_saying_so()
    {
        await using var db = await MigratedDatabaseAsync();
        var newer = MigrationRunner.LatestVersion + 1;
        await using (var connection = await db.Database.OpenAsync(Ct))
        {
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@newer, 'from_the_future', @at)",
                new { newer, at = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        }

        var error = await Assert.ThrowsAsync<DatabaseTooNewException>(() => db.Migrations.MigrateAsync(Ct));

        Assert.Equal(newer, error.DatabaseVersion);
        Assert.Contains($"schema version {newer}", error.Message, StringComparison.Ordinal);
        Assert.Contains("written by a newer ReviewBot", error.Message, StringComparison.Ordinal);
        Assert.Contains(db.Database.DataSource, error.Message, StringComparison.Ordinal);
        Assert.Equal(new SchemaStatus(newer, MigrationRunner.LatestVersion), await db.Migrations.GetStatusAsync(Ct));
    }
}

public sealed class MigrationRunner_on_Sqlite : MigrationRunnerContract
{
    protected override Task<TemporaryDatabase> EmptyDatabaseAsync() => TemporaryDatabase.CreateAsync(StorageProvider.Sqlite, Ct);
}

public sealed class MigrationRunner_on_Postgres : MigrationRunnerContract
{
    protected override Task<TemporaryDatabase> EmptyDatabaseAsync() => TemporaryDatabase.CreateAsync(StorageProvider.Postgres, Ct);
}
