using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Schema;

/// <summary>Reads a string from activity JSON that the sender controls: anything but a string reads as null.</summary>
public static class JsonText
{
    public static string? Of(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
