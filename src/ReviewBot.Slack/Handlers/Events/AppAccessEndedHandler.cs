using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Events;

/// <summary>
/// The app was uninstalled or its tokens revoked: the workspace's bot token is deleted (never used again) and the
/// workspace disabled until someone installs the app there again.
/// </summary>
public sealed partial class AppAccessEndedHandler(
    SlackWorkspaceGate gate,
    SlackWorkspaces workspaces,
    SlackBotTokens tokens,
    ILogger<AppAccessEndedHandler> logger) : ISlackHandler<AppAccessEndedEvent>
{
    public async Task<SlackAck> HandleAsync(AppAccessEndedEvent ended, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        // First and whatever the event key says: forgetting a token twice is harmless, keeping a dead one is not.
        await tokens.ForgetAsync(ended.TeamId, cancellationToken);
        if (await gate.TryRecordEventKeyAsync(ended, cancellationToken) is { } workspace)
        {
            await workspaces.DisableAsync(workspace.Id, cancellationToken);
            LogDisabled(logger, ended.TeamId, ended.EventType);
        }

        return new SlackAck.Empty();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack workspace {TeamId} was disabled after {EventType}")]
    private static partial void LogDisabled(ILogger logger, string teamId, string eventType);
}
