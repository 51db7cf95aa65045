using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using ReviewBot.Storage.Dialects;

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

    private Database(SqlDialect dialect, string connectionString, string dataSource)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        DataSource = dataSource;
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

    /// <summary>A session for reads, or for single writes that need no transaction.</summary>
    public async Task<StorageSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken), transaction: null, Dialect);

    /// <summary>A session whose writes land together on <see cref="StorageSession.CommitAsync"/>, or not at all.</summary>
    public async Task<StorageSession> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            return new(connection, await connection.BeginTransactionAsync(cancellationToken), Dialect);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

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
