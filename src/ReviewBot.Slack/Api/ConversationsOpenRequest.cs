namespace ReviewBot.Slack.Api;

/// <summary>Slack takes the users as one comma-separated string, not an array.</summary>
internal sealed record ConversationsOpenRequest(string Users);
