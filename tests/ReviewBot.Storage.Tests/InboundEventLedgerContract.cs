using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class InboundEventLedgerContract : StorageContract
{
    [Fact]
    public async Task A_key_is_new_once_until_it_is_forgotten_and_then_new_again()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var ledger = new InboundEventLedger(db.Database, db.Time);

        Assert.True(await ledger.TryRecordAsync(sample.Workspace.Id, "event:Ev01", Ct));
        Assert.False(await ledger.TryRecordAsync(sample.Workspace.Id, "event:Ev01", Ct));

        await ledger.ForgetAsync(sample.Workspace.Id, "event:Ev01", Ct);

        Assert.True(await ledger.TryRecordAsync(sample.Workspace.Id, "event:Ev01", Ct));
    }

    [Fact]
    public async Task The_same_key_in_another_workspace_is_another_delivery_and_forgetting_it_there_changes_nothing_here()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var ledger = new InboundEventLedger(db.Database, db.Time);
        Assert.True(await ledger.TryRecordAsync(a.Workspace.Id, "event:Ev01", Ct));

        Assert.True(await ledger.TryRecordAsync(b.Workspace.Id, "event:Ev01", Ct));
        await ledger.ForgetAsync(b.Workspace.Id, "event:Ev01", Ct);

        Assert.False(await ledger.TryRecordAsync(a.Workspace.Id, "event:Ev01", Ct));
    }
}

public sealed class InboundEventLedger_on_Sqlite : InboundEventLedgerContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class InboundEventLedger_on_Postgres : InboundEventLedgerContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
