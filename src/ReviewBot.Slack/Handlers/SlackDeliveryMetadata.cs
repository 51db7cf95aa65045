using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// The metadata a scheduled message carries on Slack: <c>{"event_type":"reviewbot_delivery","event_payload":{"delivery_key":…}}</c>,
/// by which a later attempt finds it in the conversation's history instead of posting it again.
/// </summary>
public static class SlackDeliveryMetadata
{
    public const string EventType = "reviewbot_delivery";

    private const string KeyName = "delivery_key";

    public static SlackMessageMetadata For(string deliveryKey) => new(EventType, new JsonObject { [KeyName] = deliveryKey });

    /// <summary>The delivery key a message's metadata names; null for any other metadata or none.</summary>
    public static string? KeyOf(SlackMessageMetadata? metadata) =>
        metadata is { EventType: EventType } && metadata.EventPayload[KeyName] is JsonValue key && key.GetValueKind() == JsonValueKind.String
            ? key.GetValue<string>()
            : null;
}
