using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, JsonArray? Blocks);
