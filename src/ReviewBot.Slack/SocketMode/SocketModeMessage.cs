using System.Text.Json;

namespace ReviewBot.Slack.SocketMode;

/// <summary>
/// One message Slack writes on a Socket Mode connection: <c>hello</c> once connected, <c>disconnect</c> before Slack
/// closes it, or an envelope carrying a payload to acknowledge by its id.
/// </summary>
public abstract record SocketModeMessage
{
    private SocketModeMessage()
    {
    }

    /// <summary>The connection is ready; Slack sends envelopes on it from now on.</summary>
    public sealed record Hello(int? NumConnections) : SocketModeMessage;

    /// <summary>
    /// Slack will close the connection (<c>warning</c> a few seconds ahead, <c>refresh_requested</c> now, or
    /// <c>link_disabled</c> when Socket Mode was turned off): time to open its replacement.
    /// </summary>
    public sealed record Disconnect(string Reason) : SocketModeMessage;

    /// <summary>
    /// A payload Slack waits to hear back about: <c>slash_commands</c>, <c>interactive</c> or <c>events_api</c>.
    /// Slack sends it again (on any connection) until it is acknowledged, up to a few times.
    /// </summary>
    /// <param name="Payload">What HTTP would have posted, as a JSON object; null when the envelope has none.</param>
    public sealed record Envelope(string EnvelopeId, string Type, JsonElement? Payload, bool AcceptsResponsePayload, int RetryAttempt) : SocketModeMessage;

    /// <summary>Anything else (a type this code does not know, or not JSON at all): logged and left.</summary>
    public sealed record Unreadable(string Type) : SocketModeMessage;

    public static SocketModeMessage Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Unreadable("not an object");
            }

            var type = Text(root, "type") ?? "";
            return type switch
            {
                "hello" => new Hello(root.TryGetProperty("num_connections", out var count) && count.TryGetInt32(out var n) ? n : null),
                "disconnect" => new Disconnect(Text(root, "reason") ?? "unknown"),
                // Whatever carries an envelope id is acknowledged, even a type this code does not know, so Slack stops resending it.
                _ when Text(root, "envelope_id") is { Length: > 0 } id => new Envelope(
                    id,
                    type,
                    root.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object ? payload.Clone() : null,
                    root.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True,
                    root.TryGetProperty("retry_attempt", out var retry) && retry.TryGetInt32(out var attempt) ? attempt : 0),
                _ => new Unreadable(type.Length > 0 ? type : "no type"),
            };
        }
        catch (JsonException)
        {
            return new Unreadable("not JSON");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
