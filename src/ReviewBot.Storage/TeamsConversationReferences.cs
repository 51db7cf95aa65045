using ReviewBot.Core.Conversation;

namespace ReviewBot.Storage;

/// <summary>Teams conversation references over the SQL store; each call opens its own session.</summary>
public sealed class TeamsConversationReferences(Database database, TimeProvider time) : ITeamsConversationReferences
{
    public async Task SaveAsync(TeamsConversationReference conversation, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.TeamsConversations.SaveAsync(conversation, time.GetUtcNow(), cancellationToken);
    }

    public async Task DisableAsync(string workspaceId, string conversationId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.TeamsConversations.DisableAsync(workspaceId, conversationId, cancellationToken);
    }

    public async Task<TeamsConversationReference?> FindPersonalAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.TeamsConversations.FindPersonalAsync(workspaceId, aadObjectId, cancellationToken);
    }

    public async Task<TeamsConversationReference?> AnyAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.TeamsConversations.AnyAsync(workspaceId, cancellationToken);
    }
}
