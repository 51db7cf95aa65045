namespace ReviewBot.Slack.Requests;

/// <summary><c>message.im</c>: a person wrote to the bot in their direct messages (never the bot's own messages or edits).</summary>
public sealed record DirectMessageEvent(string TeamId, string EventId, string User, string Channel, string Text, string Ts) : SlackEventPayload(TeamId, EventId)
{
    /// <summary>The event key of the message itself, which may come again under another event id.</summary>
    public string MessageEventKey => $"slack-message:{Channel}:{Ts}";
}
