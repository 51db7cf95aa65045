namespace ReviewBot.Core.Conversation;

/// <summary>What the bot says back, in a neutral model each adapter renders its own way.</summary>
public abstract record Reply
{
    private protected Reply()
    {
    }

    /// <summary>Whether the reply replaces the message the turn answered (a form, a prompt) or is a new one.</summary>
    public ReplyPlacement Placement { get; init; } = ReplyPlacement.New;

    /// <summary>Who sees it: by default only the person who spoke; a manager may post to the channel.</summary>
    public ReplyAudience Audience { get; init; } = ReplyAudience.Requester;

    /// <summary>When set, the reply goes to this member directly (a nudge), not to the conversation of the turn.</summary>
    public string? ToMemberId { get; init; }
}

public enum ReplyPlacement
{
    New,
    ReplaceSource,
}

public enum ReplyAudience
{
    Requester,
    Channel,
}
