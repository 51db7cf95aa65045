using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>Finds the workspace a Slack team id belongs to; Slack teams nobody set up get nothing.</summary>
public sealed class SlackWorkspaces(IWorkspaceDirectory workspaces, IInboundEventLedger eventKeys)
{
    public Task<Workspace?> FindAsync(string teamId, CancellationToken cancellationToken) =>
        workspaces.FindAsync(ChatPlatform.Slack, teamId, cancellationToken);

    /// <summary>The workspace by the bot's own id for it, as stored with inbound work.</summary>
    public Task<Workspace?> FindByIdAsync(string workspaceId, CancellationToken cancellationToken) =>
        workspaces.GetAsync(workspaceId, cancellationToken);

    public Task DisableAsync(string workspaceId, CancellationToken cancellationToken) =>
        workspaces.DisableAsync(workspaceId, cancellationToken);

    /// <summary>Records the event key: true the first time it is seen in the workspace, false for Slack's retries.</summary>
    public Task<bool> TryRecordEventKeyAsync(string workspaceId, string eventKey, CancellationToken cancellationToken) =>
        eventKeys.TryRecordAsync(workspaceId, eventKey, cancellationToken);

    /// <summary>Undoes <see cref="TryRecordEventKeyAsync"/> when the work failed, so Slack's retry is acted on.</summary>
    public Task ForgetEventKeyAsync(string workspaceId, string eventKey, CancellationToken cancellationToken) =>
        eventKeys.ForgetAsync(workspaceId, eventKey, cancellationToken);
}
