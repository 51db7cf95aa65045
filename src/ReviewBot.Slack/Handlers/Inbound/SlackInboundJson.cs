using System.Text.Json;

namespace ReviewBot.Slack.Handlers.Inbound;

/// <summary>How a typed request is stored: strict on reading, so a row that lacks a field fails instead of running with a null.</summary>
internal static class SlackInboundJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
