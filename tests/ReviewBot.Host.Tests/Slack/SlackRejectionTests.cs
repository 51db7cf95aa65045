using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

public class SlackRejectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "/slack/commands", "application/x-www-form-urlencoded", "team_id=T0FAKE&channel_id=C1&user_id=U0MEILIN&command=%2Freview&text=remind&response_url=http%3A%2F%2F127.0.0.1%2Fx&trigger_id=1" },
        { "/slack/interactions", "application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\",\"team\":{\"id\":\"T0FAKE\"},\"user\":{\"id\":\"U0MEILIN\"},\"actions\":[{\"action_id\":\"checkin.open\"}]}") },
        { "/slack/events", "application/json", "{\"type\":\"event_callback\",\"team_id\":\"T0FAKE\",\"event_id\":\"Ev9\",\"event\":{\"type\":\"app_uninstalled\"}}" },
    };

    private static async Task AssertNothingHappenedAsync(SlackHost host)
    {
        await host.WaitForIdleAsync(Ct);
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method != "auth.test");
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        Assert.True(workspace!.Enabled);
        Assert.Null(await store.DialogAsync(workspace.Id, "any", Ct));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_unsigned_request_gets_401_and_changes_nothing(string path, string contentType, string body)
    {
        await using var host = await SlackHost.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, contentType) };

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(request, Ct)).StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_signed_with_another_secret_gets_401(string path, string contentType, string body)
    {
        await using var host = await SlackHost.StartAsync(Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(host.Signed(path, body, contentType, secret: "not-the-secret"), Ct)).StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_request_signed_six_minutes_ago_gets_401(string path, string contentType, string body)
    {
        await using var host = await SlackHost.StartAsync(Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(host.Signed(path, body, contentType, at: host.Time.GetUtcNow().AddMinutes(-6)), Ct)).StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_body_altered_after_signing_gets_401(string path, string contentType, string body)
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var request = host.Signed(path, body, contentType);
        request.Content = new StringContent(body.Replace("U0MEILIN", "U0ANDYX", StringComparison.Ordinal).Replace("app_uninstalled", "tokens_revoked", StringComparison.Ordinal), Encoding.UTF8, contentType);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.SendAsync(request, Ct)).StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Theory]
    [InlineData("/slack/commands", "application/x-www-form-urlencoded", "team_id=T0FAKE&text=week")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7Bnot-json")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "nothing=here")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7B%22type%22%3A%22block_actions%22%2C%22team%22%3A%7B%22id%22%3A%22T0FAKE%22%7D%2C%22user%22%3A%7B%22id%22%3A%22U0ANDY%22%7D%2C%22actions%22%3A%5B%7B%22value%22%3A%22x%22%7D%5D%7D")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7B%22type%22%3A%22block_actions%22%2C%22team%22%3A%7B%22id%22%3A%22T0FAKE%22%7D%2C%22user%22%3A%7B%22id%22%3A%22U0ANDY%22%7D%2C%22actions%22%3A%5Bnull%5D%7D")]
    [InlineData("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7B%22type%22%3A%22view_submission%22%2C%22team%22%3A%7B%22id%22%3A%22T0FAKE%22%7D%2C%22user%22%3A%7B%22id%22%3A%22U0ANDY%22%7D%2C%22view%22%3A%7B%22id%22%3A%22V1%22%7D%7D")]
    [InlineData("/slack/events", "application/json", "{\"type\":\"event_callback\"}")]
    [InlineData("/slack/events", "application/json", "[[[")]
    public async Task A_signed_but_malformed_request_gets_400_and_changes_nothing(string path, string contentType, string body)
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var response = await host.Client.SendAsync(host.Signed(path, body, contentType), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingHappenedAsync(host);
    }

    [Fact]
    public async Task A_body_over_a_megabyte_is_refused_before_verification()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var body = "text=" + new string('x', 1_100_000);

        var response = await host.Client.SendAsync(host.Signed("/slack/commands", body, "application/x-www-form-urlencoded"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await host.Services.GetRequiredService<IReviewStore>().CheckInsAsync("x", "y", new Quarter(2026, 4), Ct));
    }
}
