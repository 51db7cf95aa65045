namespace ReviewBot.Slack.Api;

internal sealed record SlackChannelRef(string Id);
