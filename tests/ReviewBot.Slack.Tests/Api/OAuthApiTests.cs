using ReviewBot.Slack.Api;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

public class OAuthApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_code_is_traded_once_for_its_teams_token_with_the_apps_credentials_and_no_bearer_token()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var code = h.Slack.IssueInstallCode("T0ALPHA", "Alpha Trading", "U0ADMIN");
        var redirect = new Uri("https://reviewbot.test/slack/oauth/callback");

        var access = await h.Client.OAuth.V2AccessAsync(FakeSlackServer.ClientId, FakeSlackServer.ClientSecret, code, redirect, Ct);
        var again = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.OAuth.V2AccessAsync(FakeSlackServer.ClientId, FakeSlackServer.ClientSecret, code, redirect, Ct));

        Assert.Equal(("T0ALPHA", "Alpha Trading", "U0ADMIN"), (access.Team.Id, access.Team.Name, access.AuthedUser?.Id));
        Assert.Equal([access.AccessToken], h.Slack.TokensOf("T0ALPHA"));
        Assert.Equal("invalid_code", again.Error);
        var call = h.Slack.CallsTo("oauth.v2.access")[0];
        Assert.Null(call.Authorization);
        Assert.Equal(redirect.ToString(), call.Arg("redirect_uri"));
        Assert.DoesNotContain(access.AccessToken, access.ToString(), StringComparison.Ordinal);
        // The new token speaks for its own team.
        Assert.Equal("T0ALPHA", (await h.Client.WithAccessToken(access.AccessToken).Auth.TestAsync(Ct)).TeamId);
        Assert.Equal("T0ALPHA", h.Slack.TeamOf(h.Slack.CallsTo("auth.test")[^1]));
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_by_slack()
    {
        await using var h = await SlackApiHarness.StartAsync();
        var code = h.Slack.IssueInstallCode("T0ALPHA", "Alpha Trading");

        var e = await Assert.ThrowsAsync<SlackApiException>(() =>
            h.Client.OAuth.V2AccessAsync(FakeSlackServer.ClientId, "wrong", code, new Uri("https://reviewbot.test/cb"), Ct));

        Assert.Equal("invalid_client_id", e.Error);
        Assert.Empty(h.Slack.TokensOf("T0ALPHA"));
    }
}
