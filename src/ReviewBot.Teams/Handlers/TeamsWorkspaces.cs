using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>The workspace of a Teams tenant, retried deliveries, and the conversation references proactive messages need.</summary>
public sealed class TeamsWorkspaces(IWorkspaceDirectory workspaces, IInboundEventLedger eventKeys, ITeamsConversationReferences conversations)
{
    public Task<Workspace?> FindAsync(string tenantId, CancellationToken cancellationToken) =>
        workspaces.FindAsync(ChatPlatform.Teams, tenantId, cancellationToken);

    /// <summary>True the first time an activity id is seen in the workspace; false for the connector's retries.</summary>
    public Task<bool> FirstDeliveryAsync(string workspaceId, string activityId, CancellationToken cancellationToken) =>
        eventKeys.TryRecordAsync(workspaceId, EventKey(activityId), cancellationToken);

    /// <summary>Undoes <see cref="FirstDeliveryAsync"/> when the turn failed, so the connector's retry is handled.</summary>
    public Task ForgetDeliveryAsync(string workspaceId, string activityId, CancellationToken cancellationToken) =>
        eventKeys.ForgetAsync(workspaceId, EventKey(activityId), cancellationToken);

    public Task RememberAsync(string workspaceId, Activity activity, ChannelAccount? user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var personal = activity.Conversation!.ConversationType is null or "personal";
        return conversations.SaveAsync(
            new TeamsConversationReference
            {
                WorkspaceId = workspaceId,
                ConversationId = activity.Conversation.Id,
                ConversationType = activity.Conversation.ConversationType ?? "personal",
                ServiceUrl = activity.ServiceUrl!,
                TenantId = activity.Conversation.TenantId ?? "",
                BotId = activity.Recipient?.Id ?? "",
                UserId = personal ? user?.Id : null,
                UserAadObjectId = personal ? user?.AadObjectId : null,
            },
            cancellationToken);
    }

    public Task ForgetAsync(string workspaceId, string conversationId, CancellationToken cancellationToken) =>
        conversations.DisableAsync(workspaceId, conversationId, cancellationToken);

    public Task<TeamsConversationReference?> PersonalAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken) =>
        conversations.FindPersonalAsync(workspaceId, aadObjectId, cancellationToken);

    public Task<TeamsConversationReference?> AnyAsync(string workspaceId, CancellationToken cancellationToken) =>
        conversations.AnyAsync(workspaceId, cancellationToken);

    // The prefix keeps activity ids apart from the other keys the workspace records (check-in submissions).
    private static string EventKey(string activityId) => $"teams-activity:{activityId}";
}
