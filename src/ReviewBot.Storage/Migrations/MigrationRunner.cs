using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace ReviewBot.Storage.Migrations;

/// <summary>
/// Brings the schema up to date: every embedded migration newer than the database's version runs,
/// all in one transaction, and each is recorded in schema_version. Running it again does nothing.
/// </summary>
public sealed class MigrationRunner(Database database, TimeProvider time)
{
    private const string ResourcePrefix = "Migrations/Sqlite/";

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(LoadEmbedded);

    public static int LatestVersion => Embedded.Value[^1].Version;

    /// <summary>Applies what is pending and returns the versions it applied.</summary>
    /// <exception cref="DatabaseTooNewException">The database is newer than this build.</exception>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await EnsureVersionTableAsync(connection, cancellationToken);

        // Taking the write lock before reading the version keeps two hosts starting together from
        // both applying the same migration.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        ThrowIfTooNew(current);

        var applied = new List<int>();
        foreach (var migration in Embedded.Value.Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = SqlText.Of(time.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            applied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    public async Task<SchemaStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
            cancellationToken: cancellationToken));
        var current = exists == 0 ? 0 : await CurrentVersionAsync(connection, null, cancellationToken);
        return new SchemaStatus(current, LatestVersion);
    }

    private void ThrowIfTooNew(int current)
    {
        if (current > LatestVersion)
        {
            throw new DatabaseTooNewException(database.DataSource, current, LatestVersion);
        }
    }

    private static Task EnsureVersionTableAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER NOT NULL PRIMARY KEY,
                name        TEXT    NOT NULL,
                applied_at  TEXT    NOT NULL
            )
            """,
            cancellationToken: cancellationToken));

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction, cancellationToken: cancellationToken));

    private static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(m => m.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3… without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, Path.GetFileNameWithoutExtension(fileName[(separator + 1)..]), reader.ReadToEnd());
    }
}
