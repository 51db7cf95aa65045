using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// SQLite: values are invariant TEXT (<see cref="SqlText"/>), so instants compare and sort as text and
/// existing database files read exactly as before; <c>BEGIN IMMEDIATE</c> is the one-writer lock.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);

    private SqliteDialect()
    {
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    // A write transaction holds the whole database: a second writer waits on busy_timeout, never on a row.
    public override string SkipRowsLockedByOthers => "";

    public override string CreateVersionTableSql =>
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     INTEGER NOT NULL PRIMARY KEY,
            name        TEXT    NOT NULL,
            applied_at  TEXT    NOT NULL
        )
        """;

    public override string TableExistsSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @Name";

    public static string WithConnectionSettings(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
            Pooling = true,
        }.ToString();

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
            cancellationToken: cancellationToken));

    // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the write lock is held from the start.
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override void SetInstant(IDbDataParameter parameter, DateTimeOffset? instant) =>
        Set(parameter, DbType.String, instant is { } value ? SqlText.Of(value) : null);

    public override void SetDate(IDbDataParameter parameter, DateOnly? date) =>
        Set(parameter, DbType.String, date is { } value ? SqlText.Of(value) : null);

    public override void SetTime(IDbDataParameter parameter, TimeOnly? time) =>
        Set(parameter, DbType.String, time is { } value ? SqlText.Of(value) : null);

    // TEXT, not REAL: a binary double would round money.
    public override void SetDecimal(IDbDataParameter parameter, decimal? value) =>
        Set(parameter, DbType.String, value is { } number ? SqlText.Of(number) : null);
}
