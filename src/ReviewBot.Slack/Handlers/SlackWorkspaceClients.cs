using Microsoft.Extensions.Logging;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// The Web API client that speaks for one workspace, with that workspace's own bot token. A workspace without a
/// token gets a <see cref="SlackApiException"/> (<see cref="SlackApiException.NotInstalledError"/>) before any call:
/// another workspace's token is never used instead.
/// </summary>
public sealed partial class SlackWorkspaceClients(SlackApiClient slack, SlackBotTokens tokens, ILogger<SlackWorkspaceClients> logger)
{
    public Task<SlackApiClient> ForAsync(Workspace workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return ForTeamAsync(workspace.ExternalId, cancellationToken);
    }

    public async Task<SlackApiClient> ForTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        if (await tokens.FindInstalledAsync(teamId, cancellationToken) is { } installed)
        {
            return slack.WithAccessToken(installed);
        }

        if (tokens.ConfiguredToken is { } configured)
        {
            if (tokens.ConfiguredTeamId is null)
            {
                // The start-up check could not reach Slack: ask now whose token it is.
                tokens.ConfiguredTokenBelongsTo((await slack.WithAccessToken(configured).Auth.TestAsync(cancellationToken)).TeamId);
            }

            if (tokens.ConfiguredTeamId == teamId)
            {
                return slack.WithAccessToken(configured);
            }
        }

        LogNoToken(logger, teamId);
        throw SlackApiException.NotInstalled(teamId);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "No bot token for Slack workspace {TeamId}, so nothing was sent: install the app there (/slack/install) or set Slack:BotToken to its token")]
    private static partial void LogNoToken(ILogger logger, string teamId);
}
