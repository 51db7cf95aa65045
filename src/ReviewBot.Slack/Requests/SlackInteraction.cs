namespace ReviewBot.Slack.Requests;

/// <summary>An interactivity payload: who acted, in which workspace.</summary>
public abstract record SlackInteraction(string TeamId, string UserId) : SlackPayload;
