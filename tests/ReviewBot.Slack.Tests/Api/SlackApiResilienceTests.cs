using System.Net;
using System.Net.Sockets;
using ReviewBot.Slack.Api;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

public class SlackApiResilienceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rate_limited_call_waits_for_retry_after_and_then_succeeds_as_one_call()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.TooManyRequests);

        var posted = await h.Client.Chat.PostMessageAsync("C0SALES", "hello", cancellationToken: Ct);

        Assert.Equal("C0SALES", posted.Channel);
        var calls = h.Slack.CallsTo("chat.postMessage");
        Assert.Equal([429, 200], calls.Select(c => c.StatusCode));
        // Retry-After: 1 (the backoff alone would be a millisecond); generous upper bound for a busy machine.
        var waited = calls[1].At - calls[0].At;
        Assert.InRange(waited, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_refused_call_takes_a_fresh_turn_after_its_retry_after_instead_of_going_out_beside_the_paced_ones()
    {
        // A post a second over the workspace, paced exactly, and a refusal that says to wait two: the pause is
        // longer than a turn, so the paced calls started during it go out at its end, where the refused one would too.
        await using var h = await SlackApiHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Slack:RateLimits:CallsPerMinute:chat.postMessage"] = "60",
            ["Slack:RateLimits:HeadroomPercent"] = "0",
        });
        h.Slack.RetryAfterSeconds = 2;
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.TooManyRequests);

        var refused = h.Client.Chat.PostMessageAsync("D1", "first", cancellationToken: Ct);
        // Until the 429 has come back and paused the method: the next calls start after that.
        Assert.True(await Poll.UntilAsync(
            () => h.Slack.CallsTo("chat.postMessage") is [var refusal] && h.RateLimiter.NextTurnOf(h.Slack.BotToken, "chat.postMessage") >= refusal.At.AddMilliseconds(1900),
            TimeSpan.FromSeconds(10),
            Ct));
        var second = h.Client.Chat.PostMessageAsync("D2", "next", cancellationToken: Ct);
        var third = h.Client.Chat.PostMessageAsync("D3", "next", cancellationToken: Ct);
        await Task.WhenAll(refused, second, third);

        var calls = h.Slack.CallsTo("chat.postMessage");
        Assert.Equal([429, 200, 200, 200], calls.Select(c => c.StatusCode));
        var afterPause = calls.Skip(1).Select(c => c.At).Order().ToList();
        Assert.True(afterPause[0] - calls[0].At >= TimeSpan.FromMilliseconds(1900), $"sent {afterPause[0] - calls[0].At} after the refusal");
        // Retried from inside the pipeline, the refused call would go out at the pause's end together with the first
        // paced one; half a turn allows for the timers' and a loaded machine's jitter.
        Assert.All(afterPause.Zip(afterPause.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(500), $"calls {pair.Second - pair.First} apart"));
    }

    [Fact]
    public async Task The_fakes_window_rate_limit_is_ridden_out_by_the_retry()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.RateLimit("chat.postEphemeral", 1, TimeSpan.FromSeconds(1));

        await h.Client.Chat.PostEphemeralAsync("C0SALES", "U0ANDY", "one", cancellationToken: Ct);
        await h.Client.Chat.PostEphemeralAsync("C0SALES", "U0ANDY", "two", cancellationToken: Ct);

        Assert.Equal([200, 429, 200], h.Slack.CallsTo("chat.postEphemeral").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Two_server_errors_then_success_of_an_idempotent_call_are_retried_into_one_success()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("views.publish", 2);

        var view = await h.Client.Views.PublishAsync("U0ANDY", new() { ["type"] = "home", ["blocks"] = new System.Text.Json.Nodes.JsonArray() }, cancellationToken: Ct);

        Assert.Equal("home", view.Type);
        Assert.Equal([500, 500, 200], h.Slack.CallsTo("views.publish").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A_server_error_on_chat_post_message_is_not_sent_again_and_is_reported_as_outcome_unknown()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.BadGateway);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Chat.PostMessageAsync("C0SALES", "once", cancellationToken: Ct));

        Assert.True(e.OutcomeUnknown);
        Assert.Equal(HttpStatusCode.BadGateway, e.StatusCode);
        Assert.Single(h.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_post_stored_by_slack_and_then_answered_500_stays_one_message()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.StoreThenFailNext();

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Chat.PostMessageAsync("C0SALES", "once", cancellationToken: Ct));

        Assert.True(e.OutcomeUnknown);
        Assert.Equal("once", Assert.Single(h.Slack.HistoryOf("C0SALES")).Text);
    }

    [Fact]
    public async Task A_post_stored_by_slack_and_then_never_answered_times_out_as_outcome_unknown_and_stays_one_message()
    {
        await using var h = await SlackApiHarness.StartAsync(attemptTimeout: "00:00:00.300");
        h.Slack.StoreThenHangNext();

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Chat.PostMessageAsync("C0SALES", "once", cancellationToken: Ct));

        Assert.True(e.OutcomeUnknown);
        Assert.Equal(SlackApiException.RequestFailedError, e.Error);
        Assert.Single(h.Slack.CallsTo("chat.postMessage"));
        Assert.Single(h.Slack.HistoryOf("C0SALES"));
    }

    [Fact]
    public async Task Other_message_creating_methods_are_not_sent_again_after_a_server_error()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("chat.postEphemeral");
        h.Slack.FailNext("views.open");

        Assert.True((await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Chat.PostEphemeralAsync("C0SALES", "U0ANDY", "once", cancellationToken: Ct))).OutcomeUnknown);
        Assert.True((await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Views.OpenAsync("trigger-1", new() { ["type"] = "modal" }, Ct))).OutcomeUnknown);

        Assert.Single(h.Slack.CallsTo("chat.postEphemeral"));
        Assert.Single(h.Slack.CallsTo("views.open"));
    }

    [Fact]
    public async Task A_post_to_a_port_nobody_listens_on_is_retried_and_is_known_not_to_have_arrived()
    {
        // Connection refused: the request never left, so retrying cannot double it and the outcome is known.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var h = await SlackApiHarness.StartAsync(apiBaseUrl: new Uri($"http://127.0.0.1:{port}/api/"));

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Chat.PostMessageAsync("C0SALES", "hello", cancellationToken: Ct));

        Assert.Equal(SlackApiException.RequestFailedError, e.Error);
        Assert.False(e.OutcomeUnknown);
        // Polly reports each retry it makes.
        Assert.Equal(SlackApiHarness.MaxRetryAttempts, h.Logs.Logs.Count(l => l.Message.Contains("OnRetry", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_json_body_is_sent_again_intact_on_each_retry()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.TooManyRequests);

        await h.Client.Chat.PostMessageAsync("C0SALES", "same text", cancellationToken: Ct);

        Assert.Equal(2, h.Slack.CallsTo("chat.postMessage").Count);
        Assert.All(h.Slack.CallsTo("chat.postMessage"), c => Assert.Equal("same text", c.Arg("text")));
    }

    [Fact]
    public async Task A_permanent_server_error_gives_up_after_the_retry_cap()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("users.info", 100, HttpStatusCode.ServiceUnavailable);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Users.InfoAsync("U0ANDY", Ct));

        Assert.Equal(SlackApiException.HttpError, e.Error);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.False(e.OutcomeUnknown);
        Assert.Equal(1 + SlackApiHarness.MaxRetryAttempts, h.Slack.CallsTo("users.info").Count);
    }

    [Fact]
    public async Task A_burst_of_server_errors_for_one_member_does_not_hold_back_another_members_call()
    {
        await using var h = await SlackApiHarness.StartAsync();
        // 30 calls of 4 attempts: more failures than the standard circuit breaker's minimum throughput of 100.
        h.Slack.ScriptFor("U0BEN", Testing.FakeSlackAnswer.ServerError(), times: 30 * (1 + SlackApiHarness.MaxRetryAttempts));
        for (var i = 0; i < 30; i++)
        {
            await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Conversations.OpenAsync(["U0BEN"], Ct));
        }

        var andys = await h.Client.Conversations.OpenAsync(["U0ANDY"], Ct);

        Assert.StartsWith("D", andys, StringComparison.Ordinal);
        Assert.Equal(200, h.Slack.CallsTo("conversations.open")[^1].StatusCode);
    }

    [Fact]
    public async Task Slack_errors_in_an_ok_false_answer_are_not_retried()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNextWithError("conversations.open", "user_not_found");

        await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Conversations.OpenAsync(["U0GONE"], Ct));

        Assert.Single(h.Slack.Calls);
    }
}
