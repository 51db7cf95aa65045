namespace ReviewBot.Slack.Api;

/// <summary>One message of a conversation's history: its <c>ts</c>, text and, when asked for, its metadata.</summary>
public sealed record SlackHistoryMessage(string Ts, string? Text = null, SlackMessageMetadata? Metadata = null);
