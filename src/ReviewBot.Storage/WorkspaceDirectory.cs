using ReviewBot.Core.Workspaces;
using ReviewBot.Storage.Caching;

namespace ReviewBot.Storage;

/// <summary>The workspace directory over the SQL store, its reads kept in the database's directory cache.</summary>
public sealed class WorkspaceDirectory(Database database) : IWorkspaceDirectory
{
    public Task<Workspace?> FindAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.WorkspaceByExternalId, platform.ToString(), externalId),
            (session, ct) => session.Workspaces.FindAsync(platform, externalId, ct),
            cancellationToken);

    public Task<Workspace?> GetAsync(string workspaceId, CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.WorkspaceById, workspaceId),
            (session, ct) => session.Workspaces.GetAsync(workspaceId, ct),
            cancellationToken);

    public Task<IReadOnlyList<Workspace>> EnabledAsync(CancellationToken cancellationToken) =>
        database.DirectoryCache.GetAsync(
            new DirectoryKey(DirectoryRead.EnabledWorkspaces, ""),
            (session, ct) => session.Workspaces.EnabledAsync(ct),
            cancellationToken);

    public async Task DisableAsync(string workspaceId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Workspaces.SetEnabledAsync(workspaceId, enabled: false, cancellationToken);
    }
}
