using ReviewBot.Core.Workspaces;

namespace ReviewBot.Storage;

/// <summary>The workspace directory over the SQL store; each call opens its own session.</summary>
public sealed class WorkspaceDirectory(Database database) : IWorkspaceDirectory
{
    public async Task<Workspace?> FindAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Workspaces.FindAsync(platform, externalId, cancellationToken);
    }

    public async Task<Workspace?> GetAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Workspaces.GetAsync(workspaceId, cancellationToken);
    }

    public async Task<IReadOnlyList<Workspace>> EnabledAsync(CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Workspaces.EnabledAsync(cancellationToken);
    }

    public async Task DisableAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Workspaces.SetEnabledAsync(workspaceId, enabled: false, cancellationToken);
    }
}
