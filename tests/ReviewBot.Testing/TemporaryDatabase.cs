using Microsoft.Extensions.Time.Testing;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Testing;

/// <summary>A database file of its own for one test, removed afterwards.</summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();

    public TemporaryDatabase()
    {
        FilePath = _folder.File("reviewbot.db");
        Database = Database.ForFile(FilePath);
        Migrations = new MigrationRunner(Database, Time);
    }

    public string FilePath { get; }

    public Database Database { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public MigrationRunner Migrations { get; }

    public static async Task<TemporaryDatabase> MigratedAsync(CancellationToken cancellationToken)
    {
        var database = new TemporaryDatabase();
        await database.Migrations.MigrateAsync(cancellationToken);
        return database;
    }

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
