using Dapper;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>
/// The directory's version (migration 0013) moves with every write to the directory, made by whichever writer, and
/// only then; the directory's cached reads follow it, also for what another host wrote.
/// </summary>
public abstract class DirectoryVersionContract : StorageContract
{
    private static async Task<long> VersionAsync(Database database)
    {
        await using var connection = await database.OpenAsync(Ct);
        return await connection.ExecuteScalarAsync<long>("SELECT version FROM directory_version WHERE id = 1");
    }

    /// <summary>The same database as another host sees it: its own connections and its own directory cache.</summary>
    private static Database AnotherHost(TemporaryDatabase db) => Database.For(db.Provider, db.ConnectionString);

    [Fact]
    public async Task Every_writer_of_the_directory_bumps_its_version()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var accounts = new MemberAccounts(db.Database);
        var writes = new (string What, Func<Task> Write)[]
        {
            ("a workspace seen again", async () =>
            {
                await using var session = await db.Database.OpenSessionAsync(Ct);
                await session.Workspaces.EnsureAsync(ChatPlatform.Slack, "T01", "Renamed workspace", Ct);
            }),
            ("a team saved with its settings", async () =>
            {
                await using var session = await db.Database.BeginAsync(Ct);
                await session.Teams.SaveAsync(sample.Team with { Name = "Export Sales EMEA", Holidays = [], SummaryChannels = [] }, Ct);
                await session.CommitAsync(Ct);
            }),
            ("a member saved", async () =>
            {
                await using var session = await db.Database.OpenSessionAsync(Ct);
                await session.Teams.SaveMemberAsync(sample.Manager with { Name = "Mia Lin", ProfileFromChat = true }, Ct);
            }),
            ("a chat profile filled in", () => accounts.SaveChatProfileAsync(sample.Workspace.Id, sample.Manager.Id, "Asia/Kolkata", "en-IN", Ct)),
            ("a Teams account linked", () => accounts.LinkTeamsUserByEmailAsync(sample.Workspace.Id, sample.Manager.Email!, "6b1f0c1e-1111-4000-8000-0000000000aa", Ct)),
            ("a workspace disabled", () => new WorkspaceDirectory(db.Database).DisableAsync(sample.Workspace.Id, Ct)),
        };

        foreach (var (what, write) in writes)
        {
            var before = await VersionAsync(db.Database);
            await write();
            Assert.True(await VersionAsync(db.Database) > before, $"{what} left the directory version at {before}.");
        }
    }

    [Fact]
    public async Task Writes_outside_the_directory_and_directory_writes_rolled_back_leave_the_version_as_it_was()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var before = await VersionAsync(db.Database);

        await new InboundEventLedger(db.Database, db.Time).TryRecordAsync(sample.Workspace.Id, "slack-command:trigger-1", Ct);
        await using (var rolledBack = await db.Database.BeginAsync(Ct))
        {
            await rolledBack.Teams.SaveMemberAsync(sample.Manager with { Name = "Never saved" }, Ct);
        }

        Assert.Equal(before, await VersionAsync(db.Database));
    }

    [Fact]
    public async Task What_another_host_wrote_to_the_directory_is_read_at_the_next_use_though_it_was_read_before()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var workspaces = new WorkspaceDirectory(db.Database);
        Assert.Equal("Mia Manager", Assert.Single(await store.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Slack, "UMIA", Ct)).Name);
        Assert.Empty(await store.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Slack, "UNEW", Ct));
        Assert.Equal("Export Sales", (await store.FindTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct))!.Name);
        Assert.DoesNotContain(await store.MembersAsync(sample.Workspace.Id, sample.Team.Id, Ct), m => m.Name == "Nina Novak");
        Assert.True((await workspaces.FindAsync(ChatPlatform.Slack, "T01", Ct))!.Enabled);

        var other = AnotherHost(db);
        await using (var session = await other.BeginAsync(Ct))
        {
            await session.Teams.SaveAsync(sample.Team with { Name = "Export Sales EMEA" }, Ct);
            await session.Teams.SaveMemberAsync(sample.Manager with { Name = "Mia Lin" }, Ct);
            await session.Teams.SaveMemberAsync(sample.Seller with { Id = Core.Ids.New(), Name = "Nina Novak", Email = "nina.novak@example.com", SlackUserId = "UNEW", TeamsUserId = null }, Ct);
            await session.CommitAsync(Ct);
        }

        await new WorkspaceDirectory(other).DisableAsync(sample.Workspace.Id, Ct);

        Assert.Equal("Mia Lin", Assert.Single(await store.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Slack, "UMIA", Ct)).Name);
        Assert.Equal("Nina Novak", Assert.Single(await store.MembersByChatIdentityAsync(sample.Workspace.Id, ChatPlatform.Slack, "UNEW", Ct)).Name);
        Assert.Equal("Export Sales EMEA", (await store.FindTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct))!.Name);
        Assert.Contains(await store.MembersAsync(sample.Workspace.Id, sample.Team.Id, Ct), m => m.Name == "Nina Novak");
        Assert.False((await workspaces.FindAsync(ChatPlatform.Slack, "T01", Ct))!.Enabled);
    }
}

public sealed class DirectoryVersion_on_Sqlite : DirectoryVersionContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class DirectoryVersion_on_Postgres : DirectoryVersionContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
