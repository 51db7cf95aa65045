namespace ReviewBot.Slack.Requests;

/// <summary>
/// <c>block_actions</c>: a button pressed, with where it was (a message in a channel, or App Home without
/// either) and what Slack lends for answering (a trigger for a modal, a response_url).
/// </summary>
/// <param name="ResponseUrl">Null unless https (plain http only on loopback, for local fakes).</param>
public sealed record BlockActions(
    string TeamId,
    string UserId,
    string ActionId,
    string? Value,
    string? ChannelId,
    string? MessageTs,
    string? TriggerId,
    Uri? ResponseUrl) : SlackInteraction(TeamId, UserId);
