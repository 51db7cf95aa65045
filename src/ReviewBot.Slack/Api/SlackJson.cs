using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReviewBot.Slack.Api;

/// <summary>Slack's wire format: snake_case names, absent rather than null arguments.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads one property of an ok response; a missing one means Slack changed shape, which we report rather than hide.</summary>
    public static T Read<T>(JsonObject response, string method, string? property = null)
    {
        var node = property is null ? response : response[property];
        try
        {
            var value = node is null ? default : node.Deserialize<T>(Options);
            return value ?? throw SlackApiException.InvalidResponse(method, $"the answer has no '{property}'", answered: true);
        }
        catch (JsonException e)
        {
            throw SlackApiException.InvalidResponse(method, $"unexpected shape at {e.Path}", answered: true);
        }
    }
}
