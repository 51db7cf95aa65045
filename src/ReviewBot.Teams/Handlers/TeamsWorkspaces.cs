using ReviewBot.Core.Workspaces;
using ReviewBot.Storage;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>The workspace of a Teams tenant, retried deliveries, and the conversation references proactive messages need.</summary>
public sealed class TeamsWorkspaces(Database database, TimeProvider time)
{
    public async Task<Workspace?> FindAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Workspaces.FindAsync(ChatPlatform.Teams, tenantId, cancellationToken);
    }

    /// <summary>True the first time an activity id is seen in the workspace; false for the connector's retries.</summary>
    public async Task<bool> FirstDeliveryAsync(string workspaceId, string activityId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Deliveries.TryRecordAsync(workspaceId, $"teams-activity:{activityId}", time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Undoes <see cref="FirstDeliveryAsync"/> when the turn failed, so the connector's retry is handled.</summary>
    public async Task ForgetDeliveryAsync(string workspaceId, string activityId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Deliveries.ForgetAsync(workspaceId, $"teams-activity:{activityId}", cancellationToken);
    }

    public async Task RememberAsync(string workspaceId, Activity activity, ChannelAccount? user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.TeamsConversations.SaveAsync(
            new StoredConversation
            {
                WorkspaceId = workspaceId,
                ConversationId = activity.Conversation!.Id,
                ConversationType = activity.Conversation.ConversationType ?? "personal",
                ServiceUrl = activity.ServiceUrl!,
                TenantId = activity.Conversation.TenantId ?? "",
                BotId = activity.Recipient?.Id ?? "",
                UserId = activity.Conversation.ConversationType is null or "personal" ? user?.Id : null,
                UserAadObjectId = activity.Conversation.ConversationType is null or "personal" ? user?.AadObjectId : null,
            },
            time.GetUtcNow(),
            cancellationToken);
    }

    public async Task ForgetAsync(string workspaceId, string conversationId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.TeamsConversations.DisableAsync(workspaceId, conversationId, cancellationToken);
    }

    public async Task<StoredConversation?> PersonalAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.TeamsConversations.FindPersonalAsync(workspaceId, aadObjectId, cancellationToken);
    }

    public async Task<StoredConversation?> AnyAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.TeamsConversations.AnyAsync(workspaceId, cancellationToken);
    }
}
