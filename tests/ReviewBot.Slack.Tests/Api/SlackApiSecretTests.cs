using System.Net;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Tests.Api;

public class SlackApiSecretTests
{
    [Fact]
    public async Task The_bot_token_appears_in_no_log_line_and_no_exception_at_any_level()
    {
        // Log lines are checked with their structured values too: IHttpClientFactory's own trace logging
        // puts the raw Authorization header there even though its message shows "*", so it is removed.
        await using var h = await SlackApiHarness.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var token = h.Slack.BotToken;
        h.Slack.FailNext("chat.postMessage", 1, HttpStatusCode.TooManyRequests);
        h.Slack.FailNext("auth.test", 100);
        h.Slack.FailNextWithError("chat.update", "invalid_auth");
        var failures = new List<Exception>();

        await h.Client.Chat.PostMessageAsync("C0SALES", "hello", cancellationToken: ct);
        await h.Client.Files.UploadAsync("a.txt", "abc"u8.ToArray(), cancellationToken: ct);
        failures.Add(await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Auth.TestAsync(ct)));
        failures.Add(await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Chat.UpdateAsync("C0SALES", "1.1", "x", cancellationToken: ct)));
        failures.Add(await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Users.InfoAsync("U0NOBODY", ct)));

        Assert.NotEmpty(h.Logs.Logs);
        // Something was logged about each step: our own lines and Polly's retries (trace level is on).
        Assert.Contains(h.Logs.Logs, l => l.Message == "Slack auth.test could not be reached after retries" || l.Message.StartsWith("Slack auth.test answered HTTP 500", StringComparison.Ordinal));
        Assert.Contains(h.Logs.Logs, l => l.Category == "Polly" && l.Message.Contains("OnRetry", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Logs.Logs, l => l.Contains(token) || l.Contains(token[5..]));
        Assert.All(failures, e => Assert.DoesNotContain(token, e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_token_is_not_repeated_in_the_exception()
    {
        const string wrong = "xoxb-wrong-9999-TOPSECRET";
        await using var h = await SlackApiHarness.StartAsync(clientToken: wrong);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Auth.TestAsync(TestContext.Current.CancellationToken));

        Assert.Equal("invalid_auth", e.Error);
        Assert.DoesNotContain("TOPSECRET", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(h.Logs.Logs, l => l.Contains("TOPSECRET"));
    }
}
