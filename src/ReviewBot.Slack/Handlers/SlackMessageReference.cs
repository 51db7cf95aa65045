using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Where a Slack message is, as chat.update needs it: the conversation's id (D… for a DM, C… for a channel)
/// and the message's <c>ts</c>. Stored as <c>{"slack":{"channel":"D0123","ts":"1763632800.000100"}}</c>;
/// the outer name keeps a Teams reference from ever being read as a Slack one.
/// </summary>
public sealed record SlackMessageReference(string Channel, string Ts)
{
    public string ToText() => new JsonObject { ["slack"] = new JsonObject { ["channel"] = Channel, ["ts"] = Ts } }.ToJsonString();

    /// <summary>Null for anything that is not a reference this class wrote: stored text is never trusted to be well formed.</summary>
    public static SlackMessageReference? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject root && root["slack"] is JsonObject slack
                && Text(slack["channel"]) is { } channel && Text(slack["ts"]) is { } ts
                ? new SlackMessageReference(channel, ts)
                : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            // Not JSON, or JSON with a repeated name.
            return null;
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text : null;
}
