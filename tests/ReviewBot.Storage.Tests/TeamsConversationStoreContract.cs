using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class TeamsConversationStoreContract : StorageContract
{
    private static StoredConversation Personal(string workspaceId, string conversationId, string aad) => new()
    {
        WorkspaceId = workspaceId,
        ConversationId = conversationId,
        ConversationType = "personal",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        TenantId = "tenant-1",
        BotId = "28:bot",
        UserId = "29:user",
        UserAadObjectId = aad,
    };

    [Fact]
    public async Task A_personal_conversation_is_found_by_the_members_entra_id_until_it_is_disabled()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.TeamsConversations.SaveAsync(Personal(sample.Workspace.Id, "a:1", "6B1F0C1E-AAAA-4000-8000-000000000001"), db.Time.GetUtcNow(), Ct);

        var found = await session.TeamsConversations.FindPersonalAsync(sample.Workspace.Id, "6b1f0c1e-aaaa-4000-8000-000000000001", Ct);
        Assert.Equal(Personal(sample.Workspace.Id, "a:1", "6b1f0c1e-aaaa-4000-8000-000000000001"), found);

        await session.TeamsConversations.DisableAsync(sample.Workspace.Id, "a:1", Ct);
        Assert.Null(await session.TeamsConversations.FindPersonalAsync(sample.Workspace.Id, "6b1f0c1e-aaaa-4000-8000-000000000001", Ct));
        Assert.False((await session.TeamsConversations.GetAsync(sample.Workspace.Id, "a:1", Ct))!.Enabled);

        // Installing again enables it again.
        await session.TeamsConversations.SaveAsync(Personal(sample.Workspace.Id, "a:1", "6b1f0c1e-aaaa-4000-8000-000000000001"), db.Time.GetUtcNow(), Ct);
        Assert.NotNull(await session.TeamsConversations.FindPersonalAsync(sample.Workspace.Id, "6b1f0c1e-aaaa-4000-8000-000000000001", Ct));
    }

    [Fact]
    public async Task Another_workspaces_conversations_are_never_seen()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.TeamsConversations.SaveAsync(Personal(b.Workspace.Id, "a:1", "aad-1"), db.Time.GetUtcNow(), Ct);

        Assert.Null(await session.TeamsConversations.FindPersonalAsync(a.Workspace.Id, "aad-1", Ct));
        Assert.Null(await session.TeamsConversations.AnyAsync(a.Workspace.Id, Ct));
        Assert.Null(await session.TeamsConversations.GetAsync(a.Workspace.Id, "a:1", Ct));
        await session.TeamsConversations.DisableAsync(a.Workspace.Id, "a:1", Ct);
        Assert.True((await session.TeamsConversations.GetAsync(b.Workspace.Id, "a:1", Ct))!.Enabled);
    }
}

public sealed class TeamsConversationStore_on_Sqlite : TeamsConversationStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class TeamsConversationStore_on_Postgres : TeamsConversationStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
