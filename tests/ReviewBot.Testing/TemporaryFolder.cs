using Microsoft.Data.Sqlite;

namespace ReviewBot.Testing;

/// <summary>A folder of its own for one test, removed with everything in it afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        FullPath = Path.Combine(Path.GetTempPath(), "reviewbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(FullPath);
    }

    public string FullPath { get; }

    public string File(string name) => Path.Combine(FullPath, name);

    public void Dispose()
    {
        // Pooled SQLite connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
