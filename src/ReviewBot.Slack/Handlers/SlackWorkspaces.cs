using ReviewBot.Core.Workspaces;
using ReviewBot.Storage;

namespace ReviewBot.Slack.Handlers;

/// <summary>Finds the workspace a Slack team id belongs to; Slack teams nobody set up get nothing.</summary>
public sealed class SlackWorkspaces(Database database, TimeProvider time)
{
    public async Task<Workspace?> FindAsync(string teamId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Workspaces.FindAsync(ChatPlatform.Slack, teamId, cancellationToken);
    }

    public async Task DisableAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Workspaces.SetEnabledAsync(workspaceId, enabled: false, cancellationToken);
    }

    /// <summary>True the first time a delivery key is seen in the workspace; false for Slack's retries.</summary>
    public async Task<bool> FirstDeliveryAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Deliveries.TryRecordAsync(workspaceId, key, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Undoes <see cref="FirstDeliveryAsync"/> when the work failed, so Slack's retry is acted on.</summary>
    public async Task ForgetDeliveryAsync(string workspaceId, string key, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Deliveries.ForgetAsync(workspaceId, key, cancellationToken);
    }
}
