using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

internal sealed record PostMessageRequest(string Channel, string Text, JsonArray? Blocks, string? ThreadTs, SlackMessageMetadata? Metadata = null);
