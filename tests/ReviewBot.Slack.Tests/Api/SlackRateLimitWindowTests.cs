using System.Net;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

/// <summary>The client's turns against a fake Slack that counts admitted calls in a sliding window, as Slack does.</summary>
public class SlackRateLimitWindowTests
{
    private static readonly string[] Channels = ["D1", "D2", "D3"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Posts over the workspace paced at exactly <paramref name="postsPerMinute"/>.</summary>
    private static Task<SlackApiHarness> StartAsync(string postsPerMinute) => SlackApiHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Slack:RateLimits:CallsPerMinute:chat.postMessage"] = postsPerMinute,
        ["Slack:RateLimits:HeadroomPercent"] = "0",
    });

    [Fact]
    public async Task A_post_that_reaches_slack_late_does_not_put_the_post_a_window_behind_it_inside_slacks_window()
    {
        await using var h = await StartAsync(postsPerMinute: "120");
        h.Slack.EnforceSlackLimits(new FakeSlackLimits { PostsPerSecond = 2 });
        // The first post is counted 700 ms after its turn: by evenly spaced turns alone the third (its turn at 1 s)
        // would arrive 300 ms inside the second that began with it, beside the second post, and be refused.
        h.Slack.TakeInLate("chat.postMessage", TimeSpan.FromMilliseconds(700));

        await Task.WhenAll(Channels.Select(channel => h.Client.Chat.PostMessageAsync(channel, "hello", cancellationToken: Ct)));

        var calls = h.Slack.CallsTo("chat.postMessage");
        Assert.Equal([200, 200, 200], calls.Select(c => c.StatusCode));
        var first = calls.Single(c => c.Arg("channel") == "D1");
        var third = calls.Single(c => c.Arg("channel") == "D3");
        Assert.True(third.At - first.At >= TimeSpan.FromSeconds(1), $"the third post arrived {third.At - first.At} after the first");
    }

    [Fact]
    public async Task A_429_holds_the_posts_already_waiting_for_their_turn_until_its_retry_after()
    {
        await using var h = await StartAsync(postsPerMinute: "60");
        h.Slack.RetryAfterSeconds = 3;
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.TooManyRequests);

        // Turns at 0, 1 and 2 s: the second and third are already waiting when the first comes back refused.
        await Task.WhenAll(Channels.Select(channel => h.Client.Chat.PostMessageAsync(channel, "hello", cancellationToken: Ct)));

        var calls = h.Slack.CallsTo("chat.postMessage");
        Assert.Equal([429, 200, 200, 200], calls.Select(c => c.StatusCode));
        Assert.All(calls.Skip(1), call => Assert.True(
            call.At - calls[0].At >= TimeSpan.FromSeconds(3), $"{call.Arg("channel")} went out {call.At - calls[0].At} after the refusal"));
    }
}
