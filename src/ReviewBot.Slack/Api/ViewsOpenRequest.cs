using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

internal sealed record ViewsOpenRequest(string TriggerId, JsonObject View);
