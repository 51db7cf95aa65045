using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class WorkspaceDirectoryContract : StorageContract
{
    [Fact]
    public async Task A_disabled_workspace_is_still_found_by_its_platform_id_but_no_longer_served()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var directory = new WorkspaceDirectory(db.Database);

        await directory.DisableAsync(a.Workspace.Id, Ct);

        Assert.Equal(a.Workspace with { Enabled = false }, await directory.FindAsync(ChatPlatform.Slack, "TA", Ct));
        Assert.Equal(a.Workspace with { Enabled = false }, await directory.GetAsync(a.Workspace.Id, Ct));
        Assert.Equal([b.Workspace], await directory.EnabledAsync(Ct));
    }

    [Fact]
    public async Task A_platform_id_is_found_only_on_its_own_platform()
    {
        await using var db = await MigratedDatabaseAsync();
        await SampleData.WriteAsync(db.Database, "TA", Ct);
        var directory = new WorkspaceDirectory(db.Database);

        Assert.Null(await directory.FindAsync(ChatPlatform.Teams, "TA", Ct));
        Assert.Null(await directory.GetAsync("no-such-workspace", Ct));
    }
}

public sealed class WorkspaceDirectory_on_Sqlite : WorkspaceDirectoryContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class WorkspaceDirectory_on_Postgres : WorkspaceDirectoryContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
