using ReviewBot.Slack.Api;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

public class AuthApiTests
{
    [Fact]
    public async Task Auth_test_names_the_team_the_bot_user_and_the_bot()
    {
        await using var h = await SlackApiHarness.StartAsync();

        var me = await h.Client.Auth.TestAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FakeSlackServer.TeamId, me.TeamId);
        Assert.Equal(FakeSlackServer.BotUserId, me.UserId);
        Assert.Equal(FakeSlackServer.BotId, me.BotId);
        Assert.False(me.IsEnterpriseInstall);
    }

    [Fact]
    public async Task A_wrong_token_is_invalid_auth()
    {
        await using var h = await SlackApiHarness.StartAsync(clientToken: "xoxb-revoked-token");

        var e = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.Auth.TestAsync(TestContext.Current.CancellationToken));

        Assert.Equal("invalid_auth", e.Error);
        Assert.Equal(System.Net.HttpStatusCode.OK, e.StatusCode);
        Assert.Single(h.Slack.Calls);
    }

    [Fact]
    public async Task A_client_for_another_workspace_sends_that_workspaces_token()
    {
        await using var h = await SlackApiHarness.StartAsync();
        h.Slack.AcceptToken("xoxb-second-workspace");

        await h.Client.WithAccessToken("xoxb-second-workspace").Auth.TestAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Bearer xoxb-second-workspace", Assert.Single(h.Slack.Calls).Authorization);
    }
}
