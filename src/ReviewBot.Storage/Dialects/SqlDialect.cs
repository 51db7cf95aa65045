using System.Data;
using System.Data.Common;

namespace ReviewBot.Storage.Dialects;

/// <summary>
/// Everything SQLite and PostgreSQL do differently, in one place: the stores write one SQL text per
/// operation and ask the dialect only for these pieces, and values reach each engine in its own form.
/// </summary>
internal abstract class SqlDialect
{
    public abstract StorageProvider Provider { get; }

    /// <summary>The folder of embedded migrations, Migrations/&lt;folder&gt;/NNNN_name.sql.</summary>
    public string MigrationFolder => Provider.ToString();

    /// <summary>
    /// What ends a <c>SELECT</c> of rows about to be updated so that another host's transaction skips the
    /// rows this one is taking instead of waiting on them. Empty where one writer at a time is the rule.
    /// </summary>
    public abstract string SkipRowsLockedByOthers { get; }

    /// <summary>
    /// What follows a text column in <c>ORDER BY</c> so it sorts by code point, as SQLite's BINARY collation
    /// does: otherwise PostgreSQL sorts by the database's locale and the two engines list rows differently.
    /// </summary>
    public abstract string ByteOrder { get; }

    /// <summary>
    /// What goes before a column in a condition that must not pick the index the query is walked by: SQLite, without
    /// statistics, would rather walk every team's key results through the workspace's index than one team's
    /// objectives through the team's, and its unary <c>+</c> takes the condition out of that choice. PostgreSQL plans
    /// from statistics: nothing.
    /// </summary>
    public abstract string NotIndexed { get; }

    /// <summary>
    /// The condition that a column is one of a list parameter's values (<c>column {InList("@Ids")}</c>): SQLite
    /// takes the list Dapper expands into one parameter per value, PostgreSQL the array Dapper passes whole.
    /// </summary>
    public abstract string InList(string parameter);

    /// <summary>
    /// A statement that holds the workspace until the transaction ends, so read-then-write transactions on one
    /// workspace run one after another; null where a write transaction already holds the whole database.
    /// Takes @WorkspaceId.
    /// </summary>
    public abstract string? LockWorkspaceSql { get; }

    /// <summary>Creates schema_version when it is missing.</summary>
    public abstract string CreateVersionTableSql { get; }

    /// <summary>A count, 0 or 1, of tables named @Name in the database's schema.</summary>
    public abstract string TableExistsSql { get; }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Settings every new connection needs before it is used.</summary>
    public abstract Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps a second host's migration waiting until this transaction ends, so two hosts starting together
    /// never both apply the same migration.
    /// </summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract void SetInstant(IDbDataParameter parameter, DateTimeOffset? instant);

    public abstract void SetDate(IDbDataParameter parameter, DateOnly? date);

    public abstract void SetTime(IDbDataParameter parameter, TimeOnly? time);

    public abstract void SetDecimal(IDbDataParameter parameter, decimal? value);

    /// <summary>
    /// The dialect of the engine a Dapper parameter is about to be sent to, or null for any other provider.
    /// </summary>
    public static SqlDialect? Of(IDbDataParameter parameter) => parameter switch
    {
        Microsoft.Data.Sqlite.SqliteParameter => SqliteDialect.Instance,
        Npgsql.NpgsqlParameter => PostgresDialect.Instance,
        _ => null,
    };

    public static SqlDialect For(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => SqliteDialect.Instance,
        StorageProvider.Postgres => PostgresDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown storage provider."),
    };

    protected static void Set(IDbDataParameter parameter, DbType type, object? value)
    {
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
    }
}
