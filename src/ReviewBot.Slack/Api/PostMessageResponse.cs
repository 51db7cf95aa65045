namespace ReviewBot.Slack.Api;

/// <summary>Where a message landed: a user id posted to becomes a DM channel id; <c>ts</c> is the message's id for chat.update.</summary>
public sealed record PostMessageResponse(string Channel, string Ts);
