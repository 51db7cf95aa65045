using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Calls auth.test at start-up: a token Slack refuses stops the host with a message naming the setting;
/// Slack being unreachable only warns, so an outage at Slack does not keep the bot down afterwards. The answer names
/// the workspace the token belongs to, the only one it is used for (<see cref="SlackBotTokens"/>). Without a
/// configured token (installs through OAuth only) there is nothing to check.
/// </summary>
public sealed partial class SlackStartupCheck(SlackApiClient slack, SlackBotTokens tokens, ILogger<SlackStartupCheck> logger) : IHostedService
{
    private static readonly string[] RefusedTokenErrors = ["invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (tokens.ConfiguredToken is null)
        {
            return;
        }

        try
        {
            var auth = await slack.Auth.TestAsync(cancellationToken);
            tokens.ConfiguredTokenBelongsTo(auth.TeamId);
            LogConnected(logger, auth.TeamId, auth.UserId);
        }
        catch (SlackApiException e) when (RefusedTokenErrors.Contains(e.Error))
        {
            throw new InvalidOperationException($"Slack refused Slack:BotToken ({e.Error}). Copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.", e);
        }
        catch (SlackApiException e)
        {
            LogUnreachable(logger, e.Error);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Slack workspace {TeamId} as bot user {BotUserId}")]
    private static partial void LogConnected(ILogger logger, string teamId, string botUserId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the Slack token at start-up ({Error}); carrying on")]
    private static partial void LogUnreachable(ILogger logger, string error);
}
