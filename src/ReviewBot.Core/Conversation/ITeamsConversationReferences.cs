namespace ReviewBot.Core.Conversation;

/// <summary>
/// The Teams conversations the bot was added to, kept per workspace (tenant) for proactive messages.
/// Every call names its workspace, and nothing is ever returned from another one.
/// </summary>
public interface ITeamsConversationReferences
{
    /// <summary>Creates or refreshes a reference, enabled again if it was disabled.</summary>
    Task SaveAsync(TeamsConversationReference conversation, CancellationToken cancellationToken);

    /// <summary>Stops delivery to a conversation the app was removed from.</summary>
    Task DisableAsync(string workspaceId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The enabled 1:1 conversation with a person, by their Entra object id (any case).</summary>
    Task<TeamsConversationReference?> FindPersonalAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Any enabled conversation of the workspace, the latest first: where its connector and the bot's id can be learnt.</summary>
    Task<TeamsConversationReference?> AnyAsync(string workspaceId, CancellationToken cancellationToken);
}
