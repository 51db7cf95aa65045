using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>The scheduler's messenger over Teams: references that find an activity again, and failures it can act on.</summary>
public class TeamsMessengerTests
{
    private const string Channel = "19:export-sales@thread.tacv2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IChannelMessenger Messenger(TeamsHost host) =>
        host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Teams);

    private static async Task<TeamsHost> InstalledForAndyAsync()
    {
        var host = await TeamsHost.StartAsync(Ct);
        var install = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad);
        install["action"] = "add";
        await host.SendAsync(install, Ct);
        return host;
    }

    private static async Task<Member> MemberAsync(TeamsHost host, string aadObjectId)
    {
        var workspace = await host.Services.GetRequiredService<TeamsWorkspaces>().FindAsync(host.BotFramework.TenantId, Ct);
        return (await host.Services.GetRequiredService<IReviewStore>().MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Teams, aadObjectId, Ct)).Single();
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static void AssertNoSecrets(TeamsHost host, DeliveryFailedException failure)
    {
        Assert.DoesNotContain("://", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.BotFramework.AppPassword, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Bearer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prompt_returns_its_activity_and_an_update_replaces_that_activity_still_carrying_the_form()
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);
        var engine = host.Services.GetRequiredService<ConversationEngine>();

        var sent = await Messenger(host).SendDirectAsync(andy, (await engine.CheckInPromptAsync(andy, Ct))!, deliveryKey: null, Ct);

        var reference = TeamsMessageReference.TryParse(sent!.Reference)!;
        Assert.Equal((host.Connector.ServiceUrl.ToString(), "a:29:andy"), (reference.ServiceUrl, reference.ConversationId));
        Assert.StartsWith("activity-", reference.ActivityId, StringComparison.Ordinal);

        var reminder = (await engine.CheckInPromptAsync(andy, Ct))! with { Headline = "Reminder: your week 8 check-in is still open" };
        Assert.True(await Messenger(host).UpdateDirectAsync(andy, sent, reminder, Ct));

        var put = Assert.Single(host.Connector.Calls, c => c.Method == "PUT");
        Assert.Equal($"/v3/conversations/a:29:andy/activities/{reference.ActivityId}", put.Path);
        Assert.Equal(reference.ActivityId, put.Body!["id"]!.GetValue<string>());
        Assert.Contains(Descendants(put.Body), o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == "form.submit");
        Assert.Equal("Reminder: your week 8 check-in is still open", put.Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Updating_an_activity_someone_deleted_returns_false_so_the_caller_sends_a_new_one()
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);
        var sent = await Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct);
        var reference = TeamsMessageReference.TryParse(sent!.Reference)!;
        host.Connector.DeleteActivity(reference.ConversationId, reference.ActivityId);

        Assert.False(await Messenger(host).UpdateDirectAsync(andy, sent, new MessageReply { Headline = "Reminder" }, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a:29:andy")]
    [InlineData("{\"teams\":{\"serviceUrl\":\"not a url\",\"conversationId\":\"a:1\",\"activityId\":\"1\"}}")]
    [InlineData("{\"teams\":{\"serviceUrl\":\"file:///etc/passwd\",\"conversationId\":\"a:1\",\"activityId\":\"1\"}}")]
    [InlineData("{\"teams\":{\"conversationId\":\"a:1\",\"activityId\":\"1\"}}")]
    [InlineData("{\"slack\":{\"channel\":\"D1\",\"ts\":\"1.2\"}}")]
    [InlineData("{\"teams\":[]}")]
    public async Task An_update_with_a_malformed_or_foreign_reference_returns_false_without_calling_the_connector(string reference)
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);

        Assert.False(await Messenger(host).UpdateDirectAsync(andy, new SentMessage(reference), new MessageReply { Headline = "Reminder" }, Ct));

        Assert.DoesNotContain(host.Connector.Calls, c => c.Method == "PUT");
    }

    [Fact]
    public async Task A_post_to_the_summary_channel_goes_to_the_channel_conversation_on_the_tenants_service_url()
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);

        var sent = await Messenger(host).PostToChannelAsync(andy.WorkspaceId, Channel, new MessageReply { Headline = "Week 8 digest" }, deliveryKey: null, Ct);

        var post = Assert.Single(host.Connector.Calls, c => c.Method == "POST");
        Assert.Equal($"/v3/conversations/{Channel}/activities", post.Path);
        Assert.Equal("Week 8 digest", post.Body!["text"]!.GetValue<string>());
        var reference = TeamsMessageReference.TryParse(sent.Reference)!;
        Assert.Equal((host.Connector.ServiceUrl.ToString(), Channel), (reference.ServiceUrl, reference.ConversationId));
    }

    [Fact]
    public async Task A_channel_post_before_the_app_was_installed_anywhere_is_a_permanent_failure()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var andy = await MemberAsync(host, TeamsHost.AndyAad);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).PostToChannelAsync(andy.WorkspaceId, Channel, new MessageReply { Headline = "Digest" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        Assert.Equal("ReviewBot must be installed in the team before it can post to its channels.", failure.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "The bot may not post in that Teams channel; was it removed from the team? (Teams: 403)")]
    [InlineData(HttpStatusCode.NotFound, "The Teams channel was not found; it may have been deleted (Teams: 404)")]
    public async Task A_channel_the_bot_lost_is_a_permanent_failure(HttpStatusCode status, string reason)
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);
        host.Connector.FailConversation(Channel, status);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).PostToChannelAsync(andy.WorkspaceId, Channel, new MessageReply { Headline = "Digest" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        Assert.Equal(reason, failure.Message);
        AssertNoSecrets(host, failure);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "The bot was removed from the conversation, or the member blocked it (Teams: 403)")]
    [InlineData(HttpStatusCode.NotFound, "The member can no longer be reached on Teams (the conversation is gone) (Teams: 404)")]
    [InlineData(HttpStatusCode.Gone, "The member can no longer be reached on Teams (the conversation is gone) (Teams: 410)")]
    public async Task A_member_conversation_the_bot_lost_is_a_permanent_failure(HttpStatusCode status, string reason)
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);
        host.Connector.FailConversation("a:29:andy", status);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        Assert.Equal(reason, failure.Message);
        AssertNoSecrets(host, failure);
    }

    [Fact]
    public async Task A_member_the_app_is_not_installed_for_is_a_permanent_failure()
    {
        await using var host = await InstalledForAndyAsync();
        var ben = await MemberAsync(host, TeamsHost.BenAad);
        host.Connector.RefuseConversationWith(TeamsHost.BenAad);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).SendDirectAsync(ben, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        AssertNoSecrets(host, failure);
        Assert.DoesNotContain(host.Connector.Calls, c => c.Path.EndsWith("/activities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_connector_answering_5xx_to_a_send_is_not_sent_again_and_is_reported_unknown()
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);
        host.Connector.FailConversation("a:29:andy", HttpStatusCode.ServiceUnavailable);

        // A 5xx may follow an activity the connector delivered: the pipeline does not send it again.
        var failure = await Assert.ThrowsAsync<DeliveryOutcomeUnknownException>(() => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.Contains("(Teams: 503)", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("://", failure.Message, StringComparison.Ordinal);
        Assert.Single(host.Connector.Calls, c => c.Path == "/v3/conversations/a:29:andy/activities");
    }

    [Fact]
    public async Task A_connector_failing_an_update_with_5xx_past_the_retries_is_a_transient_failure()
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);
        var sent = await Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct);
        host.Connector.FailConversation("a:29:andy", HttpStatusCode.ServiceUnavailable);

        var updating = Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).UpdateDirectAsync(andy, sent!, new MessageReply { Headline = "Reminder" }, Ct));
        // An update replaces in place, so it is retried; the retries back off on the host's clock (about 2, 4, 8 s).
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromMilliseconds(200), () => updating.IsCompleted, TimeSpan.FromSeconds(30), Ct);

        var failure = await updating.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.False(failure.Permanent);
        AssertNoSecrets(host, failure);
        Assert.True(host.Connector.Calls.Count(c => c.Method == "PUT") > 1);
    }

    [Fact]
    public async Task A_cancelled_send_is_a_cancellation_not_a_delivery_failure()
    {
        await using var host = await InstalledForAndyAsync();
        var andy = await MemberAsync(host, TeamsHost.AndyAad);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, cancelled.Token));
    }

    [Fact]
    public async Task A_nudge_reaches_the_others_when_one_member_cannot_be_reached()
    {
        await using var host = await InstalledForAndyAsync();
        host.Connector.AddMember("29:mei", "mei.lin@example.com", "aad-mei-0001");
        host.Connector.RefuseConversationWith(TeamsHost.BenAad);

        var response = await host.SendAsync(host.Activity("message", "29:mei", "aad-mei-0001", "review remind"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sends = host.Connector.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal)).Select(c => c.Path).ToList();
        Assert.Contains("/v3/conversations/a:29:andy/activities", sends);
        Assert.Equal(2, sends.Count);
        // The manager is still answered in their chat.
        Assert.Contains(host.Connector.Calls, c => c.Method == "POST" && c.Path.StartsWith("/v3/conversations/a:29:mei/activities/", StringComparison.Ordinal));
    }
}
