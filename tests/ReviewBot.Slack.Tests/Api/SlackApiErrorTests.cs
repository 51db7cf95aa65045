using System.Net;
using ReviewBot.Slack.Api;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

public class SlackApiErrorTests
{
    [Fact]
    public async Task Ok_false_becomes_a_SlackApiException_with_the_error_code_and_response_messages()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNextWithError("chat.postMessage", "invalid_blocks", 1, "[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text/text]");

        var e = await Assert.ThrowsAsync<SlackApiException>(() =>
            h.Client.Chat.PostMessageAsync("C0SALES", "text", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("invalid_blocks", e.Error);
        Assert.Equal("chat.postMessage", e.Method);
        Assert.Contains("must be less than 3001 characters", Assert.Single(e.ResponseMessages), StringComparison.Ordinal);
        Assert.Contains("invalid_blocks", e.Message, StringComparison.Ordinal);
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task A_success_status_with_a_body_that_is_not_json_is_an_invalid_response()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.ScriptNext("auth.test", new FakeSlackAnswer(HttpStatusCode.OK, "text/html", "<html>captive portal</html>"));

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Auth.TestAsync(TestContext.Current.CancellationToken));

        Assert.Equal(SlackApiException.InvalidResponseError, e.Error);
        Assert.Equal(HttpStatusCode.OK, e.StatusCode);
    }

    [Fact]
    public async Task Json_without_ok_is_an_invalid_response_too()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.ScriptNext("auth.test", new FakeSlackAnswer(HttpStatusCode.OK, "application/json", """{"team_id":"T1"}"""));

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Auth.TestAsync(TestContext.Current.CancellationToken));

        Assert.Equal(SlackApiException.InvalidResponseError, e.Error);
    }

    [Fact]
    public async Task A_client_error_status_is_not_retried_and_names_the_status()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.FailNext("auth.test", 1, HttpStatusCode.NotFound);

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Auth.TestAsync(TestContext.Current.CancellationToken));

        Assert.Equal(SlackApiException.HttpError, e.Error);
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.Contains("404", e.Message, StringComparison.Ordinal);
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task An_unreachable_slack_becomes_request_failed_after_the_retries()
    {
        // A loopback port nobody listens on: connection refused, the transient network error.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var h = await SlackApiHarness.StartAsync(apiBaseUrl: new Uri($"http://127.0.0.1:{port}/api/"));

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Auth.TestAsync(TestContext.Current.CancellationToken));

        Assert.Equal(SlackApiException.RequestFailedError, e.Error);
        Assert.Null(e.StatusCode);
        Assert.IsType<HttpRequestException>(e.InnerException);
    }
}
