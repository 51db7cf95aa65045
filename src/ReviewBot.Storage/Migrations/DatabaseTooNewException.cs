namespace ReviewBot.Storage.Migrations;

/// <summary>
/// The database was written by a newer ReviewBot. Running on it could misread or damage data the
/// newer version relies on, so this build refuses to start.
/// </summary>
public sealed class DatabaseTooNewException(string dataSource, int databaseVersion, int latestKnownVersion)
    : Exception($"The database at '{dataSource}' has schema version {databaseVersion}, but this ReviewBot only knows versions up to {latestKnownVersion}: it was written by a newer ReviewBot. Run that newer version, or point ConnectionStrings:ReviewBot at another database.")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int LatestKnownVersion { get; } = latestKnownVersion;
}
