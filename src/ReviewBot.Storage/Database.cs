using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using ReviewBot.Storage.Dialects;
using ReviewBot.Storage.Caching;

namespace ReviewBot.Storage;

/// <summary>
/// Opens connections to the bot's database, SQLite or PostgreSQL, with the settings every connection
/// needs (on SQLite: foreign keys enforced, and a busy timeout so that a second writer waits instead of failing).
/// </summary>
public sealed class Database
{
    static Database()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
        SqlValueHandlers.Register();
    }

    /// <summary>
    /// How long a writer waits for its turn in this process before it goes ahead and leaves the waiting to
    /// SQLite (so a writer inside another writer's transaction fails as it always did, never hangs).
    /// </summary>
    private static readonly TimeSpan WriterTurnTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// SQLite takes one writer at a time. Left to SQLite, concurrent writers retry in its busy handler, which
    /// sleeps the thread (a thread-pool thread here) 1, 2, 5… up to 100 ms per retry: under concurrent requests
    /// that was most of the tail latency. This process's writers take turns here instead, waiting without a
    /// thread; another process (the import verb) is still waited for by SQLite. Null on PostgreSQL, whose
    /// writers lock rows, not the database.
    /// </summary>
    private readonly SemaphoreSlim? _writers;

    private Database(SqlDialect dialect, string connectionString, string dataSource)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        DataSource = dataSource;
        _writers = dialect.Provider == StorageProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;
        DirectoryCache = new DirectoryCache(this);
    }

    /// <summary>A SQLite database in a file, created with its folder when it is missing.</summary>
    public static Database ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ForConnectionString(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) }.ToString());
    }

    /// <summary>A SQLite database from a full connection string; the file's folder is created when it is missing.</summary>
    public static Database ForConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = SqliteDialect.WithConnectionSettings(connectionString);
        var dataSource = new SqliteConnectionStringBuilder(settings).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (dataSource != ":memory:" && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new Database(SqliteDialect.Instance, settings, dataSource);
    }

    /// <summary>A PostgreSQL database from an Npgsql connection string, which may hold a password.</summary>
    public static Database ForPostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new Database(PostgresDialect.Instance, connectionString, PostgresDialect.DescribeDataSource(connectionString));
    }

    /// <summary>The database a provider's connection string names.</summary>
    public static Database For(StorageProvider provider, string connectionString) => provider switch
    {
        StorageProvider.Postgres => ForPostgres(connectionString),
        _ => ForConnectionString(connectionString),
    };

    public StorageProvider Provider => Dialect.Provider;

    /// <summary>May hold a password: never log it.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Where the database lives, safe to log: the SQLite file, or PostgreSQL's host:port/database (never a
    /// user or password).
    /// </summary>
    public string DataSource { get; }

    internal SqlDialect Dialect { get; }

    /// <summary>The directory as this process last read it, for every store over this database to share.</summary>
    internal DirectoryCache DirectoryCache { get; }

    /// <summary>A session for reads, or for single writes that need no transaction.</summary>
    public async Task<StorageSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken), transaction: null, Dialect);

    /// <summary>
    /// A session for one write that needs no transaction, taken in turn with this process's other writers
    /// (see <see cref="_writers"/>) and held until the session is disposed: open it just for the write.
    /// </summary>
    public async Task<StorageSession> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var turn = await WriterTurnAsync(cancellationToken);
        try
        {
            return new(await OpenAsync(cancellationToken), transaction: null, Dialect, turn);
        }
        catch
        {
            turn?.Release();
            throw;
        }
    }

    /// <summary>A session whose writes land together on <see cref="StorageSession.CommitAsync"/>, or not at all.</summary>
    public async Task<StorageSession> BeginAsync(CancellationToken cancellationToken)
    {
        var turn = await WriterTurnAsync(cancellationToken);
        DbConnection? connection = null;
        try
        {
            connection = await OpenAsync(cancellationToken);
            return new(connection, await connection.BeginTransactionAsync(cancellationToken), Dialect, turn);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            turn?.Release();
            throw;
        }
    }

    /// <summary>This process's write turn on SQLite (null when there is none to take, or it took too long to come).</summary>
    private async Task<SemaphoreSlim?> WriterTurnAsync(CancellationToken cancellationToken) =>
        _writers is not null && await _writers.WaitAsync(WriterTurnTimeout, cancellationToken) ? _writers : null;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await Dialect.PrepareAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
