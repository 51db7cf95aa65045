namespace ReviewBot.Slack.Requests;

/// <summary><c>app_home_opened</c> on the Home tab (its Messages tab needs nothing published).</summary>
public sealed record AppHomeOpenedEvent(string TeamId, string EventId, string User) : SlackEventPayload(TeamId, EventId);
