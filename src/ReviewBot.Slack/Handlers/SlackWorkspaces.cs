using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>Finds the workspace a Slack team id belongs to; Slack teams nobody set up get nothing.</summary>
public sealed class SlackWorkspaces(IWorkspaceDirectory workspaces, IProcessedDeliveries deliveries)
{
    public Task<Workspace?> FindAsync(string teamId, CancellationToken cancellationToken) =>
        workspaces.FindAsync(ChatPlatform.Slack, teamId, cancellationToken);

    public Task DisableAsync(string workspaceId, CancellationToken cancellationToken) =>
        workspaces.DisableAsync(workspaceId, cancellationToken);

    /// <summary>Records the delivery key: true the first time it is seen in the workspace, false for Slack's retries.</summary>
    public Task<bool> RecordFirstDeliveryAsync(string workspaceId, string key, CancellationToken cancellationToken) =>
        deliveries.TryRecordAsync(workspaceId, key, cancellationToken);

    /// <summary>Undoes <see cref="RecordFirstDeliveryAsync"/> when the work failed, so Slack's retry is acted on.</summary>
    public Task ForgetDeliveryAsync(string workspaceId, string key, CancellationToken cancellationToken) =>
        deliveries.ForgetAsync(workspaceId, key, cancellationToken);
}
