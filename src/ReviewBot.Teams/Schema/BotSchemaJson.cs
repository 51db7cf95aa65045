using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReviewBot.Teams.Schema;

/// <summary>Bot Schema's JSON: camelCase names, nulls left out, unknown fields ignored.</summary>
public static class BotSchemaJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
