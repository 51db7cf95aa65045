using System.Text.Json;

namespace ReviewBot.Slack.Requests;

/// <summary>Slack's JSON: snake_case names, unknown fields ignored (Slack adds fields without notice).</summary>
internal static class SlackJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
