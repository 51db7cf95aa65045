using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class DirectChannelsContract : StorageContract
{
    [Fact]
    public async Task A_saved_dm_channel_is_read_back_and_a_later_save_replaces_it()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var channels = new DirectChannels(db.Database, db.Time);

        Assert.Null(await channels.GetAsync(sample.Workspace.Id, "U0ANDY", Ct));
        await channels.SaveAsync(sample.Workspace.Id, "U0ANDY", "D0001", Ct);
        Assert.Equal("D0001", await channels.GetAsync(sample.Workspace.Id, "U0ANDY", Ct));

        await channels.SaveAsync(sample.Workspace.Id, "U0ANDY", "D0002", Ct);
        Assert.Equal("D0002", await channels.GetAsync(sample.Workspace.Id, "U0ANDY", Ct));
    }

    [Fact]
    public async Task Another_workspaces_dm_channels_are_never_seen()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var channels = new DirectChannels(db.Database, db.Time);

        await channels.SaveAsync(b.Workspace.Id, "U0ANDY", "D0B", Ct);
        await channels.SaveAsync(a.Workspace.Id, "U0BEN", "D0A", Ct);

        Assert.Null(await channels.GetAsync(a.Workspace.Id, "U0ANDY", Ct));
        Assert.Equal("D0B", await channels.GetAsync(b.Workspace.Id, "U0ANDY", Ct));
        Assert.Null(await channels.GetAsync(b.Workspace.Id, "U0BEN", Ct));
    }
}

public sealed class DirectChannels_on_Sqlite : DirectChannelsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class DirectChannels_on_Postgres : DirectChannelsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
