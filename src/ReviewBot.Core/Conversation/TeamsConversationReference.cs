namespace ReviewBot.Core.Conversation;

/// <summary>
/// Where a Teams conversation can be reached later, for a message nobody asked for (a prompt, a review):
/// its connector (service URL), conversation and bot ids, and for a 1:1 chat the person in it.
/// </summary>
public sealed record TeamsConversationReference
{
    public required string WorkspaceId { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>personal, groupChat or channel.</summary>
    public required string ConversationType { get; init; }

    public required string ServiceUrl { get; init; }

    public required string TenantId { get; init; }

    public required string BotId { get; init; }

    public string? UserId { get; init; }

    public string? UserAadObjectId { get; init; }

    public bool Enabled { get; init; } = true;
}
