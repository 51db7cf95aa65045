namespace ReviewBot.Slack.Tests;

public class SlackOptionsTests
{
    [Fact]
    public void Slack_is_configured_by_a_signing_secret_or_a_bot_token_and_defaults_to_slacks_web_api()
    {
        Assert.False(new SlackOptions().IsConfigured);
        Assert.True(new SlackOptions { SigningSecret = "s" }.IsConfigured);
        Assert.True(new SlackOptions { BotToken = "xoxb-1" }.IsConfigured);
        Assert.Equal(new Uri("https://slack.com/api/"), new SlackOptions().ApiBaseUrl);
    }
}
