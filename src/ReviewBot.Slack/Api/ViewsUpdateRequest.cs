using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

internal sealed record ViewsUpdateRequest(string ViewId, JsonObject View, string? Hash);
