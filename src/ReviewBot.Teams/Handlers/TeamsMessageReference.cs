using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Where a Teams message is, as UpdateActivity needs it: the connector's service URL, the conversation and the
/// activity id the connector returned (ResourceResponse). Stored as
/// <c>{"teams":{"serviceUrl":"https://smba…/","conversationId":"a:1…","activityId":"1763…"}}</c>; the outer name keeps
/// a Slack reference from ever being read as a Teams one.
/// </summary>
public sealed record TeamsMessageReference(string ServiceUrl, string ConversationId, string ActivityId)
{
    public string ToText() => new JsonObject
    {
        ["teams"] = new JsonObject { ["serviceUrl"] = ServiceUrl, ["conversationId"] = ConversationId, ["activityId"] = ActivityId },
    }.ToJsonString();

    /// <summary>Null for anything that is not a reference this class wrote: stored text is never trusted to be well formed.</summary>
    public static TeamsMessageReference? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject root && root["teams"] is JsonObject teams
                && Text(teams["serviceUrl"]) is { } serviceUrl && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                && Text(teams["conversationId"]) is { } conversationId && Text(teams["activityId"]) is { } activityId
                ? new TeamsMessageReference(serviceUrl, conversationId, activityId)
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
