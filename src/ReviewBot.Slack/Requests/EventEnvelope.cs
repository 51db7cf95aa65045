using System.Text.Json;

namespace ReviewBot.Slack.Requests;

/// <summary>An Events API request: the URL check, or an event wrapped with its team and unique event id.</summary>
public sealed record EventEnvelope
{
    public required string Type { get; init; }

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? EventId { get; init; }

    public SlackEvent? Event { get; init; }

    public static EventEnvelope? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<EventEnvelope>(json, Api.SlackJson.Options);
            return envelope switch
            {
                { Type: "url_verification", Challenge.Length: > 0 } => envelope,
                { Type: "event_callback", TeamId.Length: > 0, EventId.Length: > 0, Event.Type.Length: > 0 } => envelope,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The inner event; which fields are set depends on its type.</summary>
    public sealed record SlackEvent(string Type, string? User, string? Channel, string? ChannelType, string? Text, string? BotId, string? Subtype, string? Tab, string? Ts);
}
