using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewBot.Testing;

/// <summary>One request the fake Slack received, as it arrived, and the status it answered with.</summary>
public sealed record SlackCall(
    string Method,
    DateTimeOffset At,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    JsonNode? Json,
    IReadOnlyDictionary<string, string> Form,
    int StatusCode)
{
    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>An argument by name, from a JSON body or a form/query: strings as they are, anything else as JSON.</summary>
    public string? Arg(string name)
    {
        if (Form.TryGetValue(name, out var value))
        {
            return value;
        }

        return Json?[name] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            var node => node.ToJsonString(),
        };
    }

    /// <summary>An argument that holds JSON (a view, blocks, files), whether it came as JSON or as a string in a form.</summary>
    public JsonNode? JsonArg(string name)
    {
        if (Json?[name] is { } node && node.GetValueKind() != JsonValueKind.String)
        {
            return node;
        }

        var text = Arg(name);
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
