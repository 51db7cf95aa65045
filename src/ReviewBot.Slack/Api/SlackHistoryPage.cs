namespace ReviewBot.Slack.Api;

/// <summary>One page of conversations.history, newest first; <see cref="NextCursor"/> fetches the next, older one.</summary>
public sealed record SlackHistoryPage(IReadOnlyList<SlackHistoryMessage> Messages, string? NextCursor);
