namespace ReviewBot.Slack.Api;

/// <summary>Ephemeral messages cannot be updated through chat.update; the ts is only for correlation.</summary>
public sealed record PostEphemeralResponse(string MessageTs);
