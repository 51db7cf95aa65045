namespace ReviewBot.Slack.Requests;

/// <summary>An interaction the bot does not act on (a view closed, a shortcut): acknowledged and left.</summary>
public sealed record UnhandledInteraction(string TeamId, string UserId, string InteractionType) : SlackInteraction(TeamId, UserId);
