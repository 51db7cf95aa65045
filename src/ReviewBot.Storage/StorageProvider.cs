namespace ReviewBot.Storage;

/// <summary>The database engines the stores run on, with the same SQL wherever the two agree.</summary>
public enum StorageProvider
{
    /// <summary>One file, WAL mode: the default for a single host.</summary>
    Sqlite,

    /// <summary>A server several hosts share.</summary>
    Postgres,
}
