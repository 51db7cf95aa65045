using ReviewBot.Storage.Migrations;

namespace ReviewBot.Storage.Tests.Migrations;

public class EmbeddedMigrationsTests
{
    [Fact]
    public void Sqlite_and_Postgres_have_the_same_numbered_migrations_without_gaps()
    {
        var sqlite = MigrationRunner.VersionsFor(StorageProvider.Sqlite);

        Assert.Equal(Enumerable.Range(1, MigrationRunner.LatestVersion), sqlite);
        Assert.Equal(sqlite, MigrationRunner.VersionsFor(StorageProvider.Postgres));
    }

    [Fact]
    public void Each_version_has_the_same_name_in_both_folders()
    {
        var names = typeof(MigrationRunner).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations/", StringComparison.Ordinal))
            .Select(n => n.Split('/'))
            .ToLookup(parts => parts[1], parts => parts[2]);

        Assert.Equal(MigrationRunner.LatestVersion, names["Sqlite"].Count());
        Assert.Equal(names["Sqlite"].Order(StringComparer.Ordinal), names["Postgres"].Order(StringComparer.Ordinal));
    }
}
