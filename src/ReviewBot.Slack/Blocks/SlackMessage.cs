using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Blocks;

/// <summary>One Slack message: the fallback text notifications show, and its blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray Blocks);
