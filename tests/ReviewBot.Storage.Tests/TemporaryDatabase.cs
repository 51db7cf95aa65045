using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Storage.Tests;

/// <summary>A database file of its own for one test, removed afterwards.</summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reviewbot-tests", Guid.NewGuid().ToString("N"));

    public TemporaryDatabase()
    {
        FilePath = Path.Combine(_folder, "reviewbot.db");
        Database = Database.ForFile(FilePath);
        Migrations = new MigrationRunner(Database, Time);
    }

    public string FilePath { get; }

    public Database Database { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public MigrationRunner Migrations { get; }

    public static async Task<TemporaryDatabase> MigratedAsync()
    {
        var database = new TemporaryDatabase();
        await database.Migrations.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
