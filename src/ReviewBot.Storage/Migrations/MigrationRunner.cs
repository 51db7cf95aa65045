using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;
using ReviewBot.Storage.Dialects;

namespace ReviewBot.Storage.Migrations;

/// <summary>
/// Brings the schema up to date: every embedded migration of the database's engine newer than its version
/// runs, all in one transaction, and each is recorded in schema_version. Running it again does nothing.
/// Each engine has its own folder of scripts; the same version number means the same schema in both.
/// </summary>
public sealed class MigrationRunner(Database database, TimeProvider time)
{
    private static readonly Lazy<IReadOnlyDictionary<StorageProvider, IReadOnlyList<Migration>>> Embedded = new(LoadEmbedded);

    public static int LatestVersion => Embedded.Value[StorageProvider.Sqlite][^1].Version;

    /// <summary>The versions embedded for an engine, in order.</summary>
    public static IReadOnlyList<int> VersionsFor(StorageProvider provider) => [.. Embedded.Value[provider].Select(m => m.Version)];

    /// <summary>Applies what is pending and returns the versions it applied.</summary>
    /// <exception cref="DatabaseTooNewException">The database is newer than this build.</exception>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenAsync(cancellationToken);

        // The lock comes before the version is read, so two hosts starting together never both apply the
        // same migration: the second waits, then finds the version already raised.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await dialect.LockForMigrationAsync(connection, transaction, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(dialect.CreateVersionTableSql, transaction: transaction, cancellationToken: cancellationToken));
        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        ThrowIfTooNew(current);

        var applied = new List<int>();
        foreach (var migration in Embedded.Value[dialect.Provider].Where(m => m.Version > current))
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = time.GetUtcNow() },
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
            database.Dialect.TableExistsSql, new { Name = "schema_version" }, cancellationToken: cancellationToken));
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

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken) =>
        (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction: transaction, cancellationToken: cancellationToken));

    private static IReadOnlyDictionary<StorageProvider, IReadOnlyList<Migration>> LoadEmbedded()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var byProvider = Enum.GetValues<StorageProvider>().ToDictionary(p => p, p => LoadFolder(assembly, SqlDialect.For(p).MigrationFolder));
        var sqlite = byProvider[StorageProvider.Sqlite].Select(m => m.Version);
        foreach (var (provider, migrations) in byProvider)
        {
            if (!migrations.Select(m => m.Version).SequenceEqual(sqlite))
            {
                throw new InvalidOperationException($"The {provider} migrations must have the same versions as the Sqlite ones.");
            }
        }

        return byProvider;
    }

    private static IReadOnlyList<Migration> LoadFolder(Assembly assembly, string folder)
    {
        var prefix = $"Migrations/{folder}/";
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => Read(assembly, name, prefix))
            .OrderBy(m => m.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations in {prefix} must be numbered 1, 2, 3… without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }

        if (migrations.Count == 0)
        {
            throw new InvalidOperationException($"No migrations are embedded under {prefix}.");
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName, string prefix)
    {
        var fileName = resourceName[prefix.Length..];
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, Path.GetFileNameWithoutExtension(fileName[(separator + 1)..]), reader.ReadToEnd());
    }
}
