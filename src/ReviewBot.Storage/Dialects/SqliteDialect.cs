using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
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

    /// <summary>
    /// The native connections already set up. A pooled <see cref="SqliteConnection"/> hands out the same native
    /// handle again, and the settings below belong to that handle, so they are made once per handle instead of on
    /// every open: at a few database calls per request, the five statements each open cost were most of the
    /// requests' SQL. A handle the pool drops is collected and leaves this table with it.
    /// </summary>
    private static readonly ConditionalWeakTable<object, object> Prepared = [];

    private static readonly object Done = new();

    private SqliteDialect()
    {
    }

    public override StorageProvider Provider => StorageProvider.Sqlite;

    // A write transaction holds the whole database: a second writer waits on busy_timeout, never on a row.
    public override string SkipRowsLockedByOthers => "";

    // BINARY, SQLite's default collation, already compares UTF-8 bytes, which is code point order.
    public override string ByteOrder => "";

    public override string NotIndexed => "+";

    public override string InList(string parameter) => $"IN {parameter}";

    // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) already holds the write lock for the whole transaction.
    public override string? LockWorkspaceSql => null;

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
            // Set on each native connection by PrepareAsync, once, rather than by the driver on every open.
            ForeignKeys = null,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
            Pooling = true,
        }.ToString();

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    /// <summary>
    /// Foreign keys on, a busy timeout, write-ahead logging, and <c>synchronous = NORMAL</c>: in WAL mode that
    /// still loses no committed transaction when the process dies (the WAL is in the OS's hands at commit); only
    /// an OS crash or power cut can take back the last commits, which a full sync per commit would prevent at
    /// the price of one fsync on every write (each Slack command's replay key is one).
    /// </summary>
    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        if (Prepared.TryGetValue(handle, out _))
        {
            return;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
            cancellationToken: cancellationToken));
        Prepared.AddOrUpdate(handle, Done);
    }

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
