using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ReviewBot.Storage;

/// <summary>
/// Opens connections to the bot's SQLite database with the settings every connection needs:
/// foreign keys enforced, and a busy timeout so that a second writer waits instead of failing.
/// </summary>
public sealed class Database
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    static Database()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    public Database(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
            Pooling = true,
        };
        ConnectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>A database in a file, created with its folder when it is missing.</summary>
    public static Database ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ForConnectionString(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) }.ToString());
    }

    /// <summary>A database from a full connection string; the file's folder is created when it is missing.</summary>
    public static Database ForConnectionString(string connectionString)
    {
        var database = new Database(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(database.DataSource));
        if (database.DataSource != ":memory:" && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return database;
    }

    public string ConnectionString { get; }

    /// <summary>The file the database lives in; never holds a password, so it is safe to log.</summary>
    public string DataSource { get; }

    /// <summary>A session for reads, or for single writes that need no transaction.</summary>
    public async Task<StorageSession> OpenSessionAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken), transaction: null);

    /// <summary>A session whose writes land together on <see cref="StorageSession.CommitAsync"/>, or not at all.</summary>
    public async Task<StorageSession> BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            return new(connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
                cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
