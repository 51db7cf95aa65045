using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Host.Scheduling;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>The scheduler over the real Slack adapter and a fake Slack on loopback.</summary>
public class SlackSchedulingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Friday_prompts_go_to_every_member_in_slack_while_one_member_is_answered_429_and_then_500()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        // Friday 20 November, 21:30 UTC: past 16:00 in Kolkata, Berlin and New York.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 21, 30, 0, TimeSpan.Zero));
        host.Slack.ScriptFor("U0BEN", FakeSlackAnswer.RateLimited(1));
        host.Slack.ScriptFor("U0BEN", FakeSlackAnswer.ServerError());
        var sender = host.Services.GetRequiredService<DeliverySender>();
        var dispatcher = new ImmediateDeliveryDispatcher(sender);
        var pass = ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, dispatcher);

        var running = pass.RunAsync(DeliveryScope.Everything, Ct);
        // The clock also times the HTTP retries: move it until the pass is done.
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromMilliseconds(200), () => running.IsCompleted, TimeSpan.FromSeconds(30), Ct);

        var result = await running.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(3, result.Claimed);
        Assert.All(dispatcher.Outcomes, o => Assert.Equal(AttemptResult.Sent, o.Outcome.Result));
        Assert.Equal(["Andy Miller", "Ben Weber", "Cindy Sharma"], dispatcher.Outcomes.Select(o => o.Outcome.Recipient).Order(StringComparer.Ordinal));
        Assert.Equal([429, 500, 200], host.Slack.CallsTo("conversations.open").Where(c => (c.Arg("users") ?? "").Contains("U0BEN", StringComparison.Ordinal)).Select(c => c.StatusCode));
        Assert.Equal(3, host.Slack.CallsTo("chat.postMessage").Count(c => c.StatusCode == 200));
        var ben = dispatcher.Outcomes.Single(o => o.Outcome.Recipient == "Ben Weber");
        Assert.StartsWith("{\"slack\":{\"channel\":", ben.Outcome.MemberMessage?.Reference, StringComparison.Ordinal);
    }
}
