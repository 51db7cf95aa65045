using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Handlers;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Tests.Handlers;

public class TeamsWorkspacesTests
{
    private static readonly Workspace Contoso = new("w1", ChatPlatform.Teams, "tenant-1", "Contoso");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity From(string conversationType) => new()
    {
        Type = Activity.Types.Message,
        Id = "act-1",
        ServiceUrl = "https://smba.example.test/emea/",
        Conversation = new ConversationAccount(conversationType == "channel" ? "19:abc@thread.tacv2" : "a:1", conversationType, "tenant-1"),
        Recipient = new ChannelAccount("28:bot"),
    };

    [Fact]
    public async Task A_tenant_is_found_among_teams_workspaces_only()
    {
        var storage = new RecordingTeamsStorage { Workspaces = { Contoso, new Workspace("w2", ChatPlatform.Slack, "tenant-2", "Slack one") } };
        var workspaces = new TeamsWorkspaces(storage, storage, storage);

        Assert.Equal(Contoso, await workspaces.FindAsync("tenant-1", Ct));
        Assert.Null(await workspaces.FindAsync("tenant-2", Ct));
    }

    [Fact]
    public async Task An_activity_is_new_once_per_workspace_until_its_turn_fails_and_is_forgotten()
    {
        var storage = new RecordingTeamsStorage();
        var workspaces = new TeamsWorkspaces(storage, storage, storage);

        Assert.True(await workspaces.FirstDeliveryAsync("w1", "act-1", Ct));
        Assert.False(await workspaces.FirstDeliveryAsync("w1", "act-1", Ct));
        Assert.True(await workspaces.FirstDeliveryAsync("w2", "act-1", Ct));
        await workspaces.ForgetDeliveryAsync("w1", "act-1", Ct);
        Assert.True(await workspaces.FirstDeliveryAsync("w1", "act-1", Ct));

        // Kept apart from the engine's own keys (check-in submissions) recorded in the same place.
        Assert.Contains(("w1", "teams-activity:act-1"), storage.DeliveryKeys);
    }

    [Fact]
    public async Task A_personal_chat_is_remembered_with_its_person_and_found_by_their_entra_id()
    {
        var storage = new RecordingTeamsStorage();
        var workspaces = new TeamsWorkspaces(storage, storage, storage);

        await workspaces.RememberAsync("w1", From("personal"), new ChannelAccount("29:andy", AadObjectId: "AAD-ANDY"), Ct);

        var personal = await workspaces.PersonalAsync("w1", "aad-andy", Ct);
        Assert.NotNull(personal);
        Assert.Equal(("a:1", "personal", "https://smba.example.test/emea/", "tenant-1", "28:bot", "29:andy"), (personal.ConversationId, personal.ConversationType, personal.ServiceUrl, personal.TenantId, personal.BotId, personal.UserId));
        Assert.Null(await workspaces.PersonalAsync("w2", "aad-andy", Ct));
    }

    [Fact]
    public async Task A_channel_is_remembered_without_the_person_who_spoke_in_it_and_forgotten_when_the_app_is_removed()
    {
        var storage = new RecordingTeamsStorage();
        var workspaces = new TeamsWorkspaces(storage, storage, storage);

        await workspaces.RememberAsync("w1", From("channel"), new ChannelAccount("29:andy", AadObjectId: "aad-andy"), Ct);

        var channel = Assert.Single(storage.Conversations);
        Assert.Equal((null, null), (channel.UserId, channel.UserAadObjectId));
        Assert.Null(await workspaces.PersonalAsync("w1", "aad-andy", Ct));
        Assert.Equal(channel, await workspaces.AnyAsync("w1", Ct));

        await workspaces.ForgetAsync("w1", "19:abc@thread.tacv2", Ct);

        Assert.Null(await workspaces.AnyAsync("w1", Ct));
    }
}
