using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>The workspaces the in-memory store knows, for what names its workspace (the team file's export).</summary>
internal sealed partial class InMemoryReviewStore
{
    public List<Workspace> Workspaces { get; } = [];

    public Task<Workspace?> WorkspaceAsync(string workspaceId, CancellationToken cancellationToken) =>
        Task.FromResult(Workspaces.FirstOrDefault(w => w.Id == workspaceId));
}
