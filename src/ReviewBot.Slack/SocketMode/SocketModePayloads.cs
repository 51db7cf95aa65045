using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.SocketMode;

/// <summary>
/// An envelope's payload as the typed payload the router dispatches, read by the same parsers the HTTP endpoints use:
/// a slash command's fields (a JSON object here, a form over HTTP) go through <see cref="SlashCommand.From"/>, an
/// interaction through <see cref="InteractionPayload"/>, an event through <see cref="EventEnvelope"/>. No signature is
/// checked: Socket Mode has none, since only Slack, holding the app-level token's connection, can write on the socket.
/// </summary>
public static class SocketModePayloads
{
    /// <summary>Null when the payload is missing or malformed, or of a type Slack does not send on the socket.</summary>
    public static SlackPayload? Read(SocketModeMessage.Envelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Payload is not { } payload)
        {
            return null;
        }

        return envelope.Type switch
        {
            "slash_commands" => SlashCommand.From(Form(payload)),
            "interactive" => InteractionPayload.Parse(payload.GetRawText())?.ToPayload(),

            // The URL check is HTTP's alone: over the socket only event callbacks come.
            "events_api" => EventEnvelope.Parse(JsonSerializer.SerializeToUtf8Bytes(payload))?.ToPayload() is { } read and not UrlVerification ? read : null,
            _ => null,
        };
    }

    /// <summary>A slash command's string fields, as the form Slack posts them over HTTP.</summary>
    private static FormCollection Form(JsonElement payload) =>
        new(payload.EnumerateObject()
            .Where(field => field.Value.ValueKind == JsonValueKind.String)
            .ToDictionary(field => field.Name, field => new StringValues(field.Value.GetString()), StringComparer.Ordinal));
}
