using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

internal sealed record PostEphemeralRequest(string Channel, string User, string Text, JsonArray? Blocks);
