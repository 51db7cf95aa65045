using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Api;

/// <summary>
/// Slack's message <c>metadata</c>: an event type and a payload kept with the message, invisible to people,
/// read back by conversations.history with <c>include_all_metadata</c>.
/// </summary>
public sealed record SlackMessageMetadata(string EventType, JsonObject EventPayload);
