namespace ReviewBot.Teams.Tests;

public class TeamsOptionsTests
{
    [Fact]
    public void Teams_is_on_with_an_app_id_and_defaults_to_the_bot_connectors_endpoints()
    {
        Assert.False(new TeamsOptions().IsConfigured);
        Assert.True(new TeamsOptions { AppId = "a" }.IsConfigured);
        Assert.Equal(["https://api.botframework.com"], new TeamsOptions().ValidIssuers);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", new TeamsOptions().OpenIdMetadataUrl.ToString());
    }
}
