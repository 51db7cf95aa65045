using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Conversation;

/// <summary>
/// One thing a person did in a chat, in no platform's terms: who, where, and what they sent. Adapters
/// build it after verifying the request; the engine answers it with <see cref="Reply"/>s.
/// </summary>
public sealed record Turn
{
    public required string WorkspaceId { get; init; }

    public required ChatPlatform Platform { get; init; }

    /// <summary>The person's id on the platform (Slack user id, Entra object id, playground member id).</summary>
    public required string UserId { get; init; }

    /// <summary>Where the turn happened: a DM, a channel, a playground session.</summary>
    public required string ConversationId { get; init; }

    public required TurnInput Input { get; init; }

    /// <summary>
    /// The platform's id for this form submission (a Slack view's id and hash, a Teams activity, a playground submit),
    /// so a resubmitted form is recognised and recorded once.
    /// </summary>
    public string? SubmissionId { get; init; }
}
