using ReviewBot.Storage;

namespace ReviewBot.Host.Options;

/// <summary>Where the bot keeps its data. Bound from <c>Storage</c> and <c>ConnectionStrings:ReviewBot</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string ConnectionStringName = "ReviewBot";

    public const string ConnectionStringSetting = "ConnectionStrings:" + ConnectionStringName;

    public const string DefaultFileName = "reviewbot.db";

    /// <summary><c>Sqlite</c> (the default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder for the SQLite file when no connection string is set; relative to the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>From <c>ConnectionStrings:ReviewBot</c>; may hold a password, so it is never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The provider named by <see cref="Provider"/>, any case; null when it names none.</summary>
    public StorageProvider? ParsedProvider =>
        string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase) ? StorageProvider.Sqlite
        : string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase) ? StorageProvider.Postgres
        : null;
}
