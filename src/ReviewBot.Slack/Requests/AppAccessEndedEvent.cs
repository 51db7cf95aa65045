namespace ReviewBot.Slack.Requests;

/// <summary><c>app_uninstalled</c> or <c>tokens_revoked</c>: the bot may no longer act in the workspace.</summary>
public sealed record AppAccessEndedEvent(string TeamId, string EventId, string EventType) : SlackEventPayload(TeamId, EventId);
