using System.Net;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

public class SlackApiResilienceTests
{
    [Fact]
    public async Task A_rate_limited_call_waits_for_retry_after_and_then_succeeds_as_one_call()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.TooManyRequests);

        var posted = await h.Client.Chat.PostMessageAsync("C0SALES", "hello", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("C0SALES", posted.Channel);
        var calls = h.Slack.CallsTo("chat.postMessage");
        Assert.Equal([429, 200], calls.Select(c => c.StatusCode));
        // Retry-After: 1 (the backoff alone would be a millisecond); generous upper bound for a busy machine.
        var waited = calls[1].At - calls[0].At;
        Assert.InRange(waited, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_fakes_window_rate_limit_is_ridden_out_by_the_retry()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        h.Slack.RateLimit("chat.postEphemeral", 1, TimeSpan.FromSeconds(1));

        await h.Client.Chat.PostEphemeralAsync("C0SALES", "U0ANDY", "one", cancellationToken: ct);
        await h.Client.Chat.PostEphemeralAsync("C0SALES", "U0ANDY", "two", cancellationToken: ct);

        Assert.Equal([200, 429, 200], h.Slack.CallsTo("chat.postEphemeral").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task Two_server_errors_then_success_are_retried_into_one_success()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("views.publish", 2);

        var view = await h.Client.Views.PublishAsync("U0ANDY", new() { ["type"] = "home", ["blocks"] = new System.Text.Json.Nodes.JsonArray() }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("home", view.Type);
        Assert.Equal([500, 500, 200], h.Slack.CallsTo("views.publish").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A_json_body_is_sent_again_intact_on_each_retry()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.BadGateway);

        await h.Client.Chat.PostMessageAsync("C0SALES", "same text", cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(h.Slack.CallsTo("chat.postMessage"), c => Assert.Equal("same text", c.Arg("text")));
    }

    [Fact]
    public async Task A_permanent_server_error_gives_up_after_the_retry_cap()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("users.info", 100, HttpStatusCode.ServiceUnavailable);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Users.InfoAsync("U0ANDY", TestContext.Current.CancellationToken));

        Assert.Equal(SlackApiException.HttpError, e.Error);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(1 + SlackApiHarness.MaxRetryAttempts, h.Slack.CallsTo("users.info").Count);
    }

    [Fact]
    public async Task Slack_errors_in_an_ok_false_answer_are_not_retried()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNextWithError("conversations.open", "user_not_found");

        await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Conversations.OpenAsync(["U0GONE"], TestContext.Current.CancellationToken));

        Assert.Single(h.Slack.Calls);
    }
}
