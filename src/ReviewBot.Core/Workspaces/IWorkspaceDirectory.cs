namespace ReviewBot.Core.Workspaces;

/// <summary>
/// The workspaces the bot knows (Slack workspaces, Teams tenants). A workspace is found by its platform's
/// own id and from then on named by its own; only <see cref="EnabledAsync"/> spans workspaces, for work
/// that visits each of them in turn.
/// </summary>
public interface IWorkspaceDirectory
{
    /// <summary>The workspace of a platform's own id (Slack team id, Entra tenant id); null when nobody set it up.</summary>
    Task<Workspace?> FindAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken);

    Task<Workspace?> GetAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>The workspaces the bot still serves (not uninstalled), by id.</summary>
    Task<IReadOnlyList<Workspace>> EnabledAsync(CancellationToken cancellationToken);

    /// <summary>Stops serving a workspace the app was uninstalled from; its data stays.</summary>
    Task DisableAsync(string workspaceId, CancellationToken cancellationToken);
}
