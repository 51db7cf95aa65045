using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>
/// The tests of one storage contract, written once: each contract has a small derived class per engine
/// (<c>…_on_Sqlite</c>, <c>…_on_Postgres</c>) that says where its fresh databases come from.
/// </summary>
public abstract class StorageContract
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new database of the derived class's engine with every migration applied; dispose it.</summary>
    protected abstract Task<TemporaryDatabase> MigratedDatabaseAsync();
}
