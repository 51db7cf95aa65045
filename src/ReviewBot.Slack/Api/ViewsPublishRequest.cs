using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

internal sealed record ViewsPublishRequest(string UserId, JsonObject View, string? Hash);
