namespace ReviewBot.Storage.Migrations;

/// <summary>Which schema version the database has and which this build expects.</summary>
public sealed record SchemaStatus(int CurrentVersion, int LatestVersion)
{
    public bool IsCurrent => CurrentVersion == LatestVersion;
}
