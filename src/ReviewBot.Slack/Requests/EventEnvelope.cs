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

                // Slack stamps every message with its ts, the message's identity; one without is not from Slack.
                { Event: { Type: "message", Ts: null or "" } } => null,
                { Type: "event_callback", TeamId.Length: > 0, EventId.Length: > 0, Event.Type.Length: > 0 } => envelope,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The typed payload the router dispatches: the URL check, an event the bot acts on, or one it only
    /// acknowledges. Null for an envelope that lacks what <see cref="Parse"/> requires.
    /// </summary>
    public SlackPayload? ToPayload() => this switch
    {
        { Type: "url_verification", Challenge: { } challenge } => new UrlVerification(challenge),
        { Type: "event_callback", TeamId: { } teamId, EventId: { } eventId, Event: { } inner } => inner switch
        {
            { Type: SlackAppRequirements.Events.AppUninstalled or SlackAppRequirements.Events.TokensRevoked } => new AppAccessEndedEvent(teamId, eventId, inner.Type),

            // message.im arrives as type "message" with channel_type "im"; the bot's own messages and edits carry a bot_id or a subtype.
            { Type: "message", ChannelType: "im", BotId: null, Subtype: null, User: { } user, Channel: { } channel, Text: { } text, Ts: { } ts } => new DirectMessageEvent(teamId, eventId, user, channel, text, ts),
            { Type: SlackAppRequirements.Events.AppHomeOpened, Tab: "home", User: { } user } => new AppHomeOpenedEvent(teamId, eventId, user),
            _ => new UnhandledEvent(teamId, eventId, inner.Type),
        },
        _ => null,
    };

    /// <summary>The inner event; which fields are set depends on its type.</summary>
    public sealed record SlackEvent(string Type, string? User, string? Channel, string? ChannelType, string? Text, string? BotId, string? Subtype, string? Tab, string? Ts);
}
