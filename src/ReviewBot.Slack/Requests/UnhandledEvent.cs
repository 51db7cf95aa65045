namespace ReviewBot.Slack.Requests;

/// <summary>An event the bot does not act on (the bot's own messages, edits, other tabs): acknowledged and left.</summary>
public sealed record UnhandledEvent(string TeamId, string EventId, string EventType) : SlackEventPayload(TeamId, EventId);
