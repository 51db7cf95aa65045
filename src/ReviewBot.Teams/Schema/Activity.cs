using System.Text.Json.Nodes;

namespace ReviewBot.Teams.Schema;

/// <summary>
/// A Bot Framework activity, with Bot Schema's JSON names so that Microsoft's own types could replace it.
/// Only the fields the bot reads or writes.
/// </summary>
public sealed record Activity
{
    public required string Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    /// <summary>The sender's client language, BCP 47 (<c>zh-CN</c>).</summary>
    public string? Locale { get; init; }

    /// <summary>The sender's client time zone, IANA (<c>Asia/Shanghai</c>).</summary>
    public string? LocalTimezone { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<JsonObject>? Entities { get; init; }

    public JsonNode? Value { get; init; }

    /// <summary>The invoke's name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>For installationUpdate: <c>add</c>, <c>remove</c> (and their <c>-upgrade</c> variants).</summary>
    public string? Action { get; init; }

    public string? ReplyToId { get; init; }

    public JsonObject? ChannelData { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public static class Types
    {
        public const string Message = "message";
        public const string Invoke = "invoke";
        public const string InstallationUpdate = "installationUpdate";
        public const string ConversationUpdate = "conversationUpdate";
    }
}
