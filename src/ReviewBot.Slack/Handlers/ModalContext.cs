using System.Text.Json;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// What a modal remembers in its private_metadata: where it was opened from, so that a valid submission
/// can update that message (the prompt turns into a "checked in" summary).
/// </summary>
/// <param name="ResponseUrl">
/// For a modal opened by a command, or from a message only the person sees (a command's answer): where its
/// confirmation goes, for them alone, rather than into the channel for everyone.
/// </param>
public sealed record ModalContext(string? Channel, string? MessageTs, string? ResponseUrl = null)
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
