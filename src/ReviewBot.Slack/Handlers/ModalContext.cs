using System.Text.Json;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// What a modal remembers in its private_metadata: where it was opened from, so that a valid submission
/// can update that message (the prompt turns into a "checked in" summary).
/// </summary>
public sealed record ModalContext(string? Channel, string? MessageTs)
{
    public string ToJson() => JsonSerializer.Serialize(this, Api.SlackJson.Options);

    public static ModalContext Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new ModalContext(null, null);
        }

        try
        {
            return JsonSerializer.Deserialize<ModalContext>(json, Api.SlackJson.Options) ?? new ModalContext(null, null);
        }
        catch (JsonException)
        {
            return new ModalContext(null, null);
        }
    }
}
