using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class ProcessedDeliveriesContract : StorageContract
{
    [Fact]
    public async Task A_key_is_new_once_until_it_is_forgotten_and_then_new_again()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var deliveries = new ProcessedDeliveries(db.Database, db.Time);

        Assert.True(await deliveries.TryRecordAsync(sample.Workspace.Id, "event:Ev01", Ct));
        Assert.False(await deliveries.TryRecordAsync(sample.Workspace.Id, "event:Ev01", Ct));

        await deliveries.ForgetAsync(sample.Workspace.Id, "event:Ev01", Ct);

        Assert.True(await deliveries.TryRecordAsync(sample.Workspace.Id, "event:Ev01", Ct));
    }

    [Fact]
    public async Task The_same_key_in_another_workspace_is_another_delivery_and_forgetting_it_there_changes_nothing_here()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var deliveries = new ProcessedDeliveries(db.Database, db.Time);
        Assert.True(await deliveries.TryRecordAsync(a.Workspace.Id, "event:Ev01", Ct));

        Assert.True(await deliveries.TryRecordAsync(b.Workspace.Id, "event:Ev01", Ct));
        await deliveries.ForgetAsync(b.Workspace.Id, "event:Ev01", Ct);

        Assert.False(await deliveries.TryRecordAsync(a.Workspace.Id, "event:Ev01", Ct));
    }
}

public sealed class ProcessedDeliveries_on_Sqlite : ProcessedDeliveriesContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class ProcessedDeliveries_on_Postgres : ProcessedDeliveriesContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
