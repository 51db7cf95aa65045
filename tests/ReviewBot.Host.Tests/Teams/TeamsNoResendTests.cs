using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>What Teams can and cannot promise about a message whose Bot Connector answer was lost.</summary>
public class TeamsNoResendTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IChannelMessenger Messenger(TeamsHost host) =>
        host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Teams);

    private static async Task<Member> AndyAsync(TeamsHost host)
    {
        var workspace = await host.Services.GetRequiredService<TeamsWorkspaces>().FindAsync(host.BotFramework.TenantId, Ct);
        return (await host.Services.GetRequiredService<IReviewStore>().MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Teams, TeamsHost.AndyAad, Ct)).Single();
    }

    [Fact]
    public async Task An_activity_the_connector_delivered_and_then_answered_500_is_not_sent_again_and_is_reported_unknown()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var install = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad);
        install["action"] = "add";
        await host.SendAsync(install, Ct);
        var andy = await AndyAsync(host);
        host.Connector.StoreThenFailNext();

        var unknown = await Assert.ThrowsAsync<DeliveryOutcomeUnknownException>(() =>
            Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, "prompt:andy:2026-Q4:8", Ct));

        Assert.Contains("may have arrived", unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("://", unknown.Message, StringComparison.Ordinal);
        Assert.Single(host.Connector.Calls, c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal));
        Assert.Single(host.Connector.DeliveredTo("a:29:andy"));

        // A bot cannot read a 1:1 chat back, so the scheduler's next attempt sends again: the one duplicate
        // the README states, and only after an answer lost like this.
        Assert.False(Messenger(host).CanFindSent);
        Assert.Null(await Messenger(host).FindSentDirectAsync(andy, "prompt:andy:2026-Q4:8", host.Time.GetUtcNow().AddHours(-1), Ct));
        await Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, "prompt:andy:2026-Q4:8", Ct);
        Assert.Equal(2, host.Connector.DeliveredTo("a:29:andy").Count);
    }

    [Fact]
    public async Task A_rate_limited_activity_waits_for_retry_after_and_is_delivered_once()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var install = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad);
        install["action"] = "add";
        await host.SendAsync(install, Ct);
        var andy = await AndyAsync(host);
        host.Connector.ThrottleNext();

        var sending = Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct);
        // The host's clock times the pipeline's Retry-After wait: move it until the retry went out.
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromMilliseconds(250), () => sending.IsCompleted, TimeSpan.FromSeconds(30), Ct);

        Assert.NotNull(await sending.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Single(host.Connector.DeliveredTo("a:29:andy"));
    }
}
