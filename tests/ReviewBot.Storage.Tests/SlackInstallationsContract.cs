using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class SlackInstallationsContract : StorageContract
{
    private static SlackInstallation Install(string teamId, string ciphertext, DateTimeOffset at) =>
        new(teamId, $"Team {teamId}", ciphertext, "U0BOT" + teamId, ["chat:write", "commands"], "U0INSTALLER", at);

    [Fact]
    public async Task A_saved_install_is_read_back_with_its_workspace_created_and_served()
    {
        await using var db = await MigratedDatabaseAsync();
        var installs = new SlackInstallations(db.Database);
        var at = db.Time.GetUtcNow();

        var workspace = await installs.SaveAsync(Install("T0ALPHA", "ciphertext-alpha", at), Ct);

        Assert.Equal(new Workspace(workspace.Id, ChatPlatform.Slack, "T0ALPHA", "Team T0ALPHA", Enabled: true), workspace);
        var read = await installs.FindAsync("T0ALPHA", Ct);
        Assert.NotNull(read);
        Assert.Equal(("ciphertext-alpha", "U0BOTT0ALPHA", "U0INSTALLER", at), (read.ProtectedBotToken, read.BotUserId, read.InstalledBy, read.InstalledAt));
        Assert.Equal(["chat:write", "commands"], read.Scopes);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        Assert.Equal(workspace, await session.Workspaces.FindAsync(ChatPlatform.Slack, "T0ALPHA", Ct));
    }

    [Fact]
    public async Task Installing_again_replaces_the_token_and_serves_a_workspace_that_was_disabled()
    {
        await using var db = await MigratedDatabaseAsync();
        var installs = new SlackInstallations(db.Database);
        var first = await installs.SaveAsync(Install("T0ALPHA", "old", db.Time.GetUtcNow()), Ct);
        await new WorkspaceDirectory(db.Database).DisableAsync(first.Id, Ct);

        var again = await installs.SaveAsync(Install("T0ALPHA", "new", db.Time.GetUtcNow()), Ct);

        Assert.Equal(first.Id, again.Id);
        Assert.True(again.Enabled);
        Assert.Equal("new", (await installs.FindAsync("T0ALPHA", Ct))!.ProtectedBotToken);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        Assert.True((await session.Workspaces.GetAsync(first.Id, Ct))!.Enabled);
    }

    [Fact]
    public async Task Deleting_an_install_forgets_only_that_teams_token()
    {
        await using var db = await MigratedDatabaseAsync();
        var installs = new SlackInstallations(db.Database);
        await installs.SaveAsync(Install("T0ALPHA", "alpha", db.Time.GetUtcNow()), Ct);
        await installs.SaveAsync(Install("T0BRAVO", "bravo", db.Time.GetUtcNow()), Ct);

        Assert.True(await installs.DeleteAsync("T0ALPHA", Ct));
        Assert.False(await installs.DeleteAsync("T0ALPHA", Ct));

        Assert.Null(await installs.FindAsync("T0ALPHA", Ct));
        Assert.Equal("bravo", (await installs.FindAsync("T0BRAVO", Ct))!.ProtectedBotToken);
        Assert.Null(await installs.FindAsync("T0NEVER", Ct));
    }

    [Fact]
    public async Task A_state_is_consumed_once_and_expired_ones_are_pruned()
    {
        await using var db = await MigratedDatabaseAsync();
        var installs = new SlackInstallations(db.Database);
        var now = db.Time.GetUtcNow();

        Assert.True(await installs.TryConsumeStateAsync("state-1", now.AddMinutes(10), Ct));
        Assert.False(await installs.TryConsumeStateAsync("state-1", now.AddMinutes(10), Ct));
        Assert.True(await installs.TryConsumeStateAsync("state-2", now.AddMinutes(-1), Ct));

        Assert.Equal(1, await installs.PruneStatesAsync(now, Ct));
        Assert.False(await installs.TryConsumeStateAsync("state-1", now.AddMinutes(10), Ct));
    }
}

public sealed class SlackInstallations_on_Sqlite : SlackInstallationsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class SlackInstallations_on_Postgres : SlackInstallationsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
