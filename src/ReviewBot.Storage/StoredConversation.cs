namespace ReviewBot.Storage;

/// <summary>A Teams conversation reference as stored: enough to send into the conversation later.</summary>
public sealed record StoredConversation
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
