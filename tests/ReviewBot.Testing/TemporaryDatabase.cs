using Microsoft.Extensions.Time.Testing;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Testing;

/// <summary>
/// A database of its own for one test, removed afterwards: a SQLite file in a temporary folder, or a new
/// database on the tests' PostgreSQL server (<see cref="PostgresServer"/>), dropped on dispose.
/// </summary>
public sealed class TemporaryDatabase : IAsyncDisposable
{
    private readonly TemporaryFolder? _folder;
    private readonly string? _postgresConnectionString;
    private readonly string? _filePath;

    /// <summary>A SQLite file.</summary>
    public TemporaryDatabase()
    {
        _folder = new TemporaryFolder();
        _filePath = _folder.File("reviewbot.db");
        Database = Database.ForFile(_filePath);
        Migrations = new MigrationRunner(Database, Time);
    }

    private TemporaryDatabase(string postgresConnectionString)
    {
        _postgresConnectionString = postgresConnectionString;
        Database = Database.ForPostgres(postgresConnectionString);
        Migrations = new MigrationRunner(Database, Time);
    }

    /// <summary>The SQLite file; a PostgreSQL database has none.</summary>
    public string FilePath => _filePath ?? throw new InvalidOperationException("A PostgreSQL database has no file.");

    public StorageProvider Provider => Database.Provider;

    /// <summary>The PostgreSQL connection string (with the test server's credentials) or the SQLite one.</summary>
    public string ConnectionString => _postgresConnectionString ?? Database.ConnectionString;

    public Database Database { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public MigrationRunner Migrations { get; }

    /// <summary>An empty database of the provider's kind; skips (or fails under CI) when PostgreSQL is missing.</summary>
    public static async Task<TemporaryDatabase> CreateAsync(StorageProvider provider, CancellationToken cancellationToken) =>
        provider == StorageProvider.Postgres ? new TemporaryDatabase(await PostgresServer.CreateDatabaseAsync(cancellationToken)) : new TemporaryDatabase();

    /// <summary>A SQLite file with every migration applied.</summary>
    public static Task<TemporaryDatabase> MigratedAsync(CancellationToken cancellationToken) => MigratedAsync(StorageProvider.Sqlite, cancellationToken);

    public static async Task<TemporaryDatabase> MigratedAsync(StorageProvider provider, CancellationToken cancellationToken)
    {
        var database = await CreateAsync(provider, cancellationToken);
        try
        {
            await database.Migrations.MigrateAsync(cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _folder?.Dispose();
        if (_postgresConnectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(_postgresConnectionString);
        }
    }
}
