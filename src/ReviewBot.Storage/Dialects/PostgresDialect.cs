using System.Data;
using System.Data.Common;
using Dapper;
using Npgsql;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// PostgreSQL: native date, timestamptz, numeric and boolean columns; row locks that another host skips
/// instead of waiting on; an advisory lock that lets one host at a time migrate.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    // Any fixed number the bot's database uses for nothing else: "RBOT" in ASCII.
    private const long MigrationLockKey = 0x52424F54;

    // "RBWS": the first of the two keys every workspace lock has.
    private const int WorkspaceLockClass = 0x52425753;

    private PostgresDialect()
    {
    }

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string SkipRowsLockedByOthers => "FOR UPDATE SKIP LOCKED";

    public override string ByteOrder => " COLLATE \"C\"";

    public override string NotIndexed => "";

    public override string InList(string parameter) => $"= ANY({parameter})";

    // Two 32-bit keys, a key space apart from the migration lock's single 64-bit one; hashtext collisions
    // between workspaces only make two of them wait on each other, never wrong. Transaction-scoped: the
    // commit or rollback releases it.
    public override string? LockWorkspaceSql => $"SELECT pg_advisory_xact_lock({WorkspaceLockClass}, hashtext(@WorkspaceId))";

    public override string CreateVersionTableSql =>
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version     integer     NOT NULL PRIMARY KEY,
            name        text        NOT NULL,
            applied_at  timestamptz NOT NULL
        )
        """;

    public override string TableExistsSql =>
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @Name";

    /// <summary>Where the database is, to log: host, port and database name, never the user or password.</summary>
    public static string DescribeDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    // Transaction-scoped: released by the commit or rollback, even when the host dies mid-migration.
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(@Key)", new { Key = MigrationLockKey }, transaction, cancellationToken: cancellationToken));

    // timestamptz takes UTC only: an instant with another offset is the same instant in UTC.
    public override void SetInstant(IDbDataParameter parameter, DateTimeOffset? instant) =>
        Set(parameter, DbType.DateTimeOffset, instant?.ToUniversalTime());

    public override void SetDate(IDbDataParameter parameter, DateOnly? date) => Set(parameter, DbType.Date, date);

    public override void SetTime(IDbDataParameter parameter, TimeOnly? time) => Set(parameter, DbType.Time, time);

    public override void SetDecimal(IDbDataParameter parameter, decimal? value) => Set(parameter, DbType.Decimal, value);
}
