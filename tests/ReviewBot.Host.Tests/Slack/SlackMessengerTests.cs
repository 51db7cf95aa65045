using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>The scheduler's messenger over Slack: references that find a message again, and failures it can act on.</summary>
public class SlackMessengerTests
{
    private const string Andy = "U0ANDY";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IChannelMessenger Messenger(SlackHost host) =>
        host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Slack);

    private static async Task<Member> MemberAsync(SlackHost host, string slackUserId)
    {
        var workspace = await host.Services.GetRequiredService<SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        return (await host.Services.GetRequiredService<IReviewStore>().MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, slackUserId, Ct)).Single();
    }

    /// <summary>
    /// Moves the host's clock, which also times the HTTP retries, until the fake has seen <paramref name="calls"/>
    /// conversations.open calls; then lets the work finish on its own, so no answered attempt is timed out by the moving clock.
    /// </summary>
    private static async Task<T> WhileRetryingAsync<T>(SlackHost host, int calls, Task<T> work)
    {
        // 80 ms of the host's time each 10 ms check: the pace the retries were written for.
        await Poll.AdvancingAsync(
            host.Time,
            TimeSpan.FromMilliseconds(80),
            () => work.IsCompleted || host.Slack.CallsTo("conversations.open").Count >= calls,
            TimeSpan.FromSeconds(50),
            Ct);

        return await work.WaitAsync(TimeSpan.FromSeconds(30), Ct);
    }

    private static async Task<DeliveryFailedException> FailureAsync(SlackHost host, int calls, Func<Task> send) =>
        await WhileRetryingAsync(host, calls, Assert.ThrowsAsync<DeliveryFailedException>(send));

    private static void AssertNoSecrets(DeliveryFailedException failure)
    {
        Assert.DoesNotContain(FakeSlackServer.DefaultBotToken, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("://", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_direct_message_returns_its_dm_and_ts_and_an_update_edits_that_exact_message()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        // Another message first, so the reference has to point at the right one.
        await Messenger(host).SendDirectAsync(await MemberAsync(host, "U0BEN"), new MessageReply { Headline = "Ben, time for your check-in" }, deliveryKey: null, Ct);

        var sent = await Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Andy, time for your check-in" }, deliveryKey: null, Ct);

        var reference = SlackMessageReference.TryParse(sent!.Reference)!;
        Assert.Equal(host.Slack.DirectMessageWith(Andy), reference.Channel);
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Contains(host.Slack.Messages, m => (m.Channel, m.Ts, m.Text) == (reference.Channel, reference.Ts, "Andy, time for your check-in"));

        Assert.True(await Messenger(host).UpdateDirectAsync(andy, sent, new MessageReply { Headline = "Reminder: your check-in is still open" }, Ct));

        var update = Assert.Single(host.Slack.CallsTo("chat.update"));
        Assert.Equal((reference.Channel, reference.Ts), (update.Arg("channel"), update.Arg("ts")));
        Assert.Contains(host.Slack.Messages, m => (m.Channel, m.Ts, m.Text) == (reference.Channel, reference.Ts, "Reminder: your check-in is still open"));
        Assert.DoesNotContain(host.Slack.Messages, m => m.Text == "Andy, time for your check-in");
    }

    [Fact]
    public async Task An_update_longer_than_one_message_edits_the_first_page_and_posts_the_rest()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        var sent = await Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct);
        var longReply = new MessageReply { Headline = "Long", Sections = [.. Enumerable.Range(1, 60).Select(i => Section.Paragraph($"Paragraph {i}"))] };

        Assert.True(await Messenger(host).UpdateDirectAsync(andy, sent!, longReply, Ct));

        Assert.Single(host.Slack.CallsTo("chat.update"));
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(2, host.Slack.Messages.Count);
    }

    [Fact]
    public async Task Updating_a_message_someone_deleted_returns_false_so_the_caller_sends_a_new_one()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        var sent = await Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct);
        var reference = SlackMessageReference.TryParse(sent!.Reference)!;
        host.Slack.DeleteMessage(reference.Channel, reference.Ts);

        Assert.False(await Messenger(host).UpdateDirectAsync(andy, sent, new MessageReply { Headline = "Reminder" }, Ct));
    }

    [Theory]
    [InlineData("cant_update_message")]
    [InlineData("edit_window_closed")]
    [InlineData("message_not_found")]
    public async Task Updating_a_message_slack_will_not_edit_returns_false(string error)
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        var sent = await Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct);
        host.Slack.FailNextWithError("chat.update", error);

        Assert.False(await Messenger(host).UpdateDirectAsync(andy, sent!, new MessageReply { Headline = "Reminder" }, Ct));
    }

    [Theory]
    [InlineData("")]
    [InlineData("U0ANDY")]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("{\"slack\":{\"channel\":5,\"ts\":\"1.2\"}}")]
    [InlineData("{\"slack\":{\"channel\":\"D1\"}}")]
    [InlineData("{\"slack\":{\"channel\":\"D1\",\"ts\":\"1\"},\"slack\":{}}")]
    [InlineData("{\"teams\":{\"serviceUrl\":\"https://smba.trafficmanager.net/teams/\",\"conversationId\":\"a:1\",\"activityId\":\"1\"}}")]
    public async Task An_update_with_a_malformed_or_foreign_reference_returns_false_without_asking_slack(string reference)
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);

        Assert.False(await Messenger(host).UpdateDirectAsync(andy, new SentMessage(reference), new MessageReply { Headline = "Reminder" }, Ct));

        Assert.Empty(host.Slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task A_post_to_the_summary_channel_returns_that_channel_and_its_ts()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);

        var sent = await Messenger(host).PostToChannelAsync(andy.WorkspaceId, "C0EXPORTSALES", new MessageReply { Headline = "Week 8 digest" }, deliveryKey: null, Ct);

        var reference = SlackMessageReference.TryParse(sent.Reference)!;
        Assert.Equal("C0EXPORTSALES", reference.Channel);
        Assert.Equal(("C0EXPORTSALES", reference.Ts, "Week 8 digest"), host.Slack.Messages.Single());
        Assert.True(await Messenger(host).UpdateDirectAsync(andy, sent, new MessageReply { Headline = "Week 8 digest (corrected)" }, Ct));
    }

    [Theory]
    [InlineData("user_not_found", "The member's Slack account was not found (Slack: user_not_found)")]
    [InlineData("user_disabled", "The member's Slack account is deactivated (Slack: user_disabled)")]
    [InlineData("cannot_dm_bot", "The member's Slack id belongs to a bot, which cannot be messaged (Slack: cannot_dm_bot)")]
    [InlineData("account_inactive", "The bot's Slack account or workspace is inactive; reinstall the app (Slack: account_inactive)")]
    [InlineData("invalid_auth", "Slack refused the bot's credentials; reinstall the app (Slack: invalid_auth)")]
    [InlineData("token_revoked", "Slack refused the bot's credentials; reinstall the app (Slack: token_revoked)")]
    [InlineData("missing_scope", "The Slack app lacks a permission it needs; reinstall it with the current scopes (Slack: missing_scope)")]
    public async Task A_member_slack_cannot_reach_is_a_permanent_failure_with_a_readable_reason(string error, string reason)
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        host.Slack.ScriptFor(Andy, FakeSlackAnswer.Error(error));

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        Assert.Equal(reason, failure.Message);
        AssertNoSecrets(failure);
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Theory]
    [InlineData("channel_not_found", "The Slack channel was not found (deleted, or private without the bot) (Slack: channel_not_found)")]
    [InlineData("not_in_channel", "The bot is not a member of the Slack channel; invite it first (Slack: not_in_channel)")]
    [InlineData("is_archived", "The Slack channel is archived (Slack: is_archived)")]
    [InlineData("restricted_action", "A Slack workspace setting stops the bot from posting there (Slack: restricted_action)")]
    [InlineData("msg_too_long", "Slack refused the message's content (Slack: msg_too_long)")]
    public async Task A_channel_the_bot_cannot_post_in_is_a_permanent_failure(string error, string reason)
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        host.Slack.ScriptFor("C0GONE", FakeSlackAnswer.Error(error));

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).PostToChannelAsync(andy.WorkspaceId, "C0GONE", new MessageReply { Headline = "Digest" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        Assert.Equal(reason, failure.Message);
    }

    [Theory]
    [InlineData("internal_error", "Slack had a problem; it will try again (Slack: internal_error)")]
    [InlineData("fatal_error", "Slack had a problem; it will try again (Slack: fatal_error)")]
    [InlineData("service_unavailable", "Slack had a problem; it will try again (Slack: service_unavailable)")]
    [InlineData("some_future_code", "Slack did not accept the message; it will try again (Slack: some_future_code)")]
    public async Task A_slack_error_that_may_pass_is_a_transient_failure(string error, string reason)
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        host.Slack.ScriptFor(Andy, FakeSlackAnswer.Error(error));

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.False(failure.Permanent);
        Assert.Equal(reason, failure.Message);
        AssertNoSecrets(failure);
    }

    [Fact]
    public async Task A_429_then_a_500_are_retried_within_the_send_and_the_message_arrives()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        host.Slack.ScriptFor(Andy, FakeSlackAnswer.RateLimited(1));
        host.Slack.ScriptFor(Andy, FakeSlackAnswer.ServerError());

        var sent = await WhileRetryingAsync(host, 3, Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.NotNull(sent);
        Assert.Equal([429, 500, 200], host.Slack.CallsTo("conversations.open").Select(c => c.StatusCode));
        Assert.Single(host.Slack.Messages);
    }

    [Fact]
    public async Task Slack_throttling_past_the_retries_is_a_transient_failure()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        host.Slack.ScriptFor(Andy, FakeSlackAnswer.RateLimited(1), times: 4);

        var failure = await FailureAsync(host, 4, () => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.False(failure.Permanent);
        Assert.Equal("Slack is limiting how fast the bot may post; it will try again (Slack: ratelimited)", failure.Message);
        Assert.Equal(4, host.Slack.CallsTo("conversations.open").Count);
    }

    [Fact]
    public async Task Slack_failing_with_5xx_past_the_retries_is_a_transient_failure_without_secrets()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        host.Slack.ScriptFor(Andy, FakeSlackAnswer.ServerError(System.Net.HttpStatusCode.BadGateway), times: 4);

        var failure = await FailureAsync(host, 4, () => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));

        Assert.False(failure.Permanent);
        Assert.Equal("Slack had a problem; it will try again (Slack: HTTP 502)", failure.Message);
        AssertNoSecrets(failure);
    }

    [Fact]
    public async Task A_cancelled_send_is_a_cancellation_not_a_delivery_failure()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Prompt" }, deliveryKey: null, cancelled.Token));
    }

    [Fact]
    public async Task A_member_without_a_slack_id_gets_nothing()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var andy = await MemberAsync(host, Andy);

        Assert.Null(await Messenger(host).SendDirectAsync(andy with { SlackUserId = null }, new MessageReply { Headline = "Prompt" }, deliveryKey: null, Ct));
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method != "auth.test");
    }

    [Fact]
    public async Task A_nudge_reaches_the_others_when_one_member_cannot_be_reached()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        host.Slack.ScriptFor("U0BEN", FakeSlackAnswer.Error("user_not_found"));

        var answer = await (await host.CommandAsync("U0MEILIN", "remind", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        await host.WaitForCallsAsync("chat.postMessage", 2, Ct);
        await host.WaitForIdleAsync(Ct);

        // Mei Lin's locale is zh-CN: the summary is hers to read, in Chinese.
        Assert.StartsWith("已提醒 3 人", answer!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(new[] { host.Slack.DirectMessageWith("U0ANDY"), host.Slack.DirectMessageWith("U0CINDY") }.Order(), host.Slack.Messages.Select(m => m.Channel).Order());
    }
}
