using Microsoft.Extensions.Options;
using ReviewBot.Slack.OAuth;

namespace ReviewBot.Slack.Tests.SocketMode;

public class SocketModeOptionsTests
{
    private static readonly string BotToken = string.Join('-', "xoxb", "1", "fake");
    private static readonly string AppToken = string.Join('-', "xapp", "1", "A1", "fake");

    private static IReadOnlyList<string> Failures(SlackOptions options) =>
        new SlackOptionsValidator(Options.Create(new SlackOAuthOptions())).Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void An_app_token_turns_slack_and_socket_mode_on()
    {
        var options = new SlackOptions { AppToken = AppToken };

        Assert.True(options.IsConfigured);
        Assert.True(options.UsesSocketMode);
        Assert.False(new SlackOptions { BotToken = BotToken, SigningSecret = "s" }.UsesSocketMode);
    }

    [Fact]
    public void Socket_mode_with_a_bot_token_and_an_app_token_needs_no_signing_secret()
    {
        Assert.Empty(Failures(new SlackOptions { BotToken = BotToken, AppToken = AppToken }));
    }

    [Fact]
    public void Without_socket_mode_the_signing_secret_is_still_required()
    {
        Assert.Contains(Failures(new SlackOptions { BotToken = BotToken }), f => f.StartsWith("Slack:SigningSecret is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void An_app_token_that_is_not_an_app_level_token_is_refused_at_start_up_without_repeating_it()
    {
        var failure = Assert.Single(Failures(new SlackOptions { BotToken = BotToken, AppToken = BotToken }));

        Assert.StartsWith("Slack:AppToken is not an app-level token: it starts with xapp-.", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(BotToken, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Socket_mode_still_needs_the_bot_token_to_answer()
    {
        Assert.Contains(Failures(new SlackOptions { AppToken = AppToken }), f => f.StartsWith("Slack:BotToken is missing", StringComparison.Ordinal));
    }
}
