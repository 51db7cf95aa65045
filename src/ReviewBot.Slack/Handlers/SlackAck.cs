using System.Text.Json.Nodes;
using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Blocks;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// What Slack gets back within its 3 seconds, as a value: the HTTP endpoint writes it as the response and a
/// Socket Mode receiver would put <see cref="SlackAckJson.Payload"/> in its acknowledgement. Only the types
/// nested here exist, so every writer can handle them all.
/// </summary>
public abstract record SlackAck
{
    private SlackAck()
    {
    }

    /// <summary>Received; anything more follows in the background (a 200 with no body).</summary>
    public sealed record Empty : SlackAck;

    /// <summary>The answer to the Events API's URL check.</summary>
    public sealed record Challenge(string Text) : SlackAck;

    /// <summary>A command's immediate reply: the first page of a message, for the person or the channel.</summary>
    public sealed record CommandReply(SlackMessage Message, ReplyAudience Audience) : SlackAck;

    /// <summary>A short note only the person who typed the command sees.</summary>
    public sealed record Ephemeral(string Text) : SlackAck;

    /// <summary>A submitted modal stays open with an error beside each field (keyed by block id).</summary>
    public sealed record ViewErrors(IReadOnlyDictionary<string, string> Errors) : SlackAck;

    /// <summary>A submitted modal turns into another view.</summary>
    public sealed record ViewUpdate(JsonObject View) : SlackAck;
}
