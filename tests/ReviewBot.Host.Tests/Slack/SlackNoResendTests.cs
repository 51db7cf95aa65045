using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Scheduling;
using ReviewBot.Host.Tests.Scheduling;
using ReviewBot.Slack.Api;
using ReviewBot.Slack.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// The scheduler over the real Slack adapter when Slack's answer is lost after it posted: every scheduled
/// message carries its delivery key in metadata, and a later attempt finds it instead of posting it again.
/// </summary>
public class SlackNoResendTests
{
    private static readonly string[] SlackMembers = ["U0ANDY", "U0BEN", "U0CINDY"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Friday 20 November, 21:30 UTC: every member's weekly prompt is due.</summary>
    private static async Task<SlackHost> FridayEveningAsync()
    {
        var host = await SlackHost.StartAsync(Ct);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 21, 30, 0, TimeSpan.Zero));
        return host;
    }

    private static async Task<Member> MemberAsync(SlackHost host, string slackUserId)
    {
        var workspace = await host.Services.GetRequiredService<SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        return (await host.Services.GetRequiredService<IReviewStore>().MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, slackUserId, Ct)).Single();
    }

    /// <summary>One scheduler pass sending at once; the clock moves while it runs, since it also times the HTTP attempts.</summary>
    private static async Task<ImmediateDeliveryDispatcher> PassAsync(SlackHost host)
    {
        var dispatcher = new ImmediateDeliveryDispatcher(host.Services.GetRequiredService<DeliverySender>());
        var running = ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, dispatcher).RunAsync(DeliveryScope.Everything, Ct);
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromMilliseconds(200), () => running.IsCompleted, TimeSpan.FromSeconds(30), Ct);

        await running.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        return dispatcher;
    }

    /// <summary>Passes, each after the first backoff, until nothing is left to retry (bounded).</summary>
    private static async Task<List<(string DeliveryKey, DeliveryOutcome Outcome)>> PassesUntilSettledAsync(SlackHost host)
    {
        var outcomes = new List<(string DeliveryKey, DeliveryOutcome Outcome)>();
        for (var pass = 0; pass < 5; pass++)
        {
            var dispatcher = await PassAsync(host);
            outcomes.AddRange(dispatcher.Outcomes);
            if (dispatcher.Outcomes.Count > 0 && dispatcher.Outcomes.All(o => o.Outcome.Result != AttemptResult.Retrying))
            {
                break;
            }

            host.Time.Advance(DeliveryRetries.Backoff[0] + TimeSpan.FromSeconds(1));
        }

        return outcomes;
    }

    private static void AssertEveryMemberHasExactlyOnePromptCarryingItsKey(SlackHost host)
    {
        foreach (var user in SlackMembers)
        {
            var dm = host.Slack.DirectMessageWith(user);
            Assert.NotNull(dm);
            var message = Assert.Single(host.Slack.HistoryOf(dm));
            Assert.Equal(SlackDeliveryMetadata.EventType, message.Metadata?["event_type"]?.GetValue<string>());
            Assert.StartsWith("prompt:", message.Metadata?["event_payload"]?["delivery_key"]?.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    private static async Task AssertAllRecordedSentAsync(SlackHost host, IEnumerable<string> keys)
    {
        var workspace = await host.Services.GetRequiredService<SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var schedule = host.Services.GetRequiredService<IDeliverySchedule>();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var delivery = await schedule.GetAsync(workspace!.Id, key, Ct);
            Assert.Equal(DeliveryState.Sent, delivery!.State);
            var reference = SlackMessageReference.TryParse(delivery.MemberMessage?.Reference)!;
            Assert.Contains(host.Slack.HistoryOf(reference.Channel), m => m.Ts == reference.Ts);
        }
    }

    [Fact]
    public async Task A_prompt_slack_stored_and_then_answered_500_is_found_on_the_next_attempt_and_arrives_once()
    {
        await using var host = await FridayEveningAsync();
        host.Slack.StoreThenFailNext();

        var outcomes = await PassesUntilSettledAsync(host);

        var lost = Assert.Single(outcomes, o => o.Outcome.Result == AttemptResult.Retrying);
        Assert.Equal("the chat service's answer was lost; checking before sending again", lost.Outcome.Reason);
        Assert.Contains(outcomes, o => o.DeliveryKey == lost.DeliveryKey && o.Outcome.Result == AttemptResult.Sent);
        Assert.Equal(3, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Single(host.Slack.CallsTo("conversations.history"));
        AssertEveryMemberHasExactlyOnePromptCarryingItsKey(host);
        await AssertAllRecordedSentAsync(host, outcomes.Select(o => o.DeliveryKey));
    }

    [Fact]
    public async Task A_prompt_slack_stored_and_then_never_answered_is_found_on_the_next_attempt_and_arrives_once()
    {
        await using var host = await FridayEveningAsync();
        host.Slack.StoreThenHangNext();

        var outcomes = await PassesUntilSettledAsync(host);

        Assert.Contains(outcomes, o => o.Outcome.Result == AttemptResult.Retrying);
        Assert.Equal(3, outcomes.Select(o => o.DeliveryKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, host.Slack.CallsTo("chat.postMessage").Count);
        AssertEveryMemberHasExactlyOnePromptCarryingItsKey(host);
        await AssertAllRecordedSentAsync(host, outcomes.Select(o => o.DeliveryKey));
    }

    [Fact]
    public async Task A_prompt_posted_by_a_host_that_died_before_recording_it_is_not_posted_again()
    {
        await using var host = await FridayEveningAsync();
        // The dead host: it claimed the week's prompts, took Andy's for an attempt, posted it and died.
        var claimed = new CollectingDispatcher();
        await ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, claimed).RunAsync(DeliveryScope.Everything, Ct);
        var andy = await MemberAsync(host, "U0ANDY");
        var (workspaceId, andysKey) = Assert.Single(claimed.Queued, q => q.DeliveryKey.StartsWith($"prompt:{andy.Id}:", StringComparison.Ordinal));
        var now = host.Time.GetUtcNow();
        Assert.NotNull(await host.Services.GetRequiredService<IDeliverySchedule>().TryStartAttemptAsync(workspaceId, andysKey, "a-host-that-dies", now, now.AddMinutes(1), Ct));
        var dm = await host.Services.GetRequiredService<SlackApiClient>().Conversations.OpenAsync(["U0ANDY"], Ct);
        var ts = host.Slack.AddToHistory(dm, "Andy, time for your check-in", new JsonObject
        {
            ["event_type"] = SlackDeliveryMetadata.EventType,
            ["event_payload"] = new JsonObject { ["delivery_key"] = andysKey },
        });

        // Its lease runs out; this host resumes what it left.
        host.Time.Advance(TimeSpan.FromMinutes(16));
        var resumed = await PassAsync(host);

        var andys = Assert.Single(resumed.Outcomes, o => o.DeliveryKey == andysKey);
        Assert.Equal(AttemptResult.Sent, andys.Outcome.Result);
        Assert.Equal(new SlackMessageReference(dm, ts), SlackMessageReference.TryParse(andys.Outcome.MemberMessage?.Reference));
        Assert.Single(host.Slack.HistoryOf(dm));
        Assert.DoesNotContain(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == dm || c.Arg("channel") == "U0ANDY");
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_first_attempt_posts_without_reading_the_history()
    {
        await using var host = await FridayEveningAsync();

        var dispatcher = await PassAsync(host);

        Assert.All(dispatcher.Outcomes, o => Assert.Equal(AttemptResult.Sent, o.Outcome.Result));
        Assert.Empty(host.Slack.CallsTo("conversations.history"));
        AssertEveryMemberHasExactlyOnePromptCarryingItsKey(host);
    }

    [Fact]
    public async Task A_members_dm_channel_is_opened_once_and_reused_for_later_messages()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, "U0ANDY");
        var messenger = host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Slack);

        await messenger.SendDirectAsync(andy, new MessageReply { Headline = "One" }, deliveryKey: null, Ct);
        await messenger.SendDirectAsync(andy, new MessageReply { Headline = "Two" }, deliveryKey: null, Ct);

        Assert.Single(host.Slack.CallsTo("conversations.open"));
        Assert.Equal(2, host.Slack.HistoryOf(host.Slack.DirectMessageWith("U0ANDY")!).Count);
        Assert.Equal(host.Slack.DirectMessageWith("U0ANDY"), await host.Services.GetRequiredService<IDirectChannels>().GetAsync(andy.WorkspaceId, "U0ANDY", Ct));
    }

    [Fact]
    public async Task A_stored_dm_channel_slack_no_longer_knows_is_opened_again_and_replaced()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, "U0ANDY");
        var channels = host.Services.GetRequiredService<IDirectChannels>();
        await channels.SaveAsync(andy.WorkspaceId, "U0ANDY", "D0GONE", Ct);
        host.Slack.ScriptFor("D0GONE", FakeSlackAnswer.Error("channel_not_found"));
        var messenger = host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Slack);

        var sent = await messenger.SendDirectAsync(andy, new MessageReply { Headline = "Hello" }, deliveryKey: null, Ct);

        var dm = host.Slack.DirectMessageWith("U0ANDY");
        Assert.Equal(dm, SlackMessageReference.TryParse(sent!.Reference)!.Channel);
        Assert.Single(host.Slack.CallsTo("conversations.open"));
        Assert.Equal(dm, await channels.GetAsync(andy.WorkspaceId, "U0ANDY", Ct));
    }
}
