using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Teams.Tests.Handlers;

/// <summary>The storage ports the Teams adapter uses, in memory, keeping what was written for the test to read.</summary>
internal sealed class RecordingTeamsStorage : IWorkspaceDirectory, IInboundEventLedger, ITeamsConversationReferences
{
    public List<Workspace> Workspaces { get; } = [];

    public HashSet<(string WorkspaceId, string Key)> DeliveryKeys { get; } = [];

    public List<TeamsConversationReference> Conversations { get; } = [];

    public Task<Workspace?> FindAsync(ChatPlatform platform, string externalId, CancellationToken cancellationToken) =>
        Task.FromResult(Workspaces.FirstOrDefault(w => w.Platform == platform && w.ExternalId == externalId));

    public Task<Workspace?> GetAsync(string workspaceId, CancellationToken cancellationToken) =>
        Task.FromResult(Workspaces.FirstOrDefault(w => w.Id == workspaceId));

    public Task<IReadOnlyList<Workspace>> EnabledAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Workspace>>([.. Workspaces.Where(w => w.Enabled)]);

    public Task DisableAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var index = Workspaces.FindIndex(w => w.Id == workspaceId);
        if (index >= 0)
        {
            Workspaces[index] = Workspaces[index] with { Enabled = false };
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryRecordAsync(string workspaceId, string eventKey, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryKeys.Add((workspaceId, eventKey)));

    public Task ForgetAsync(string workspaceId, string eventKey, CancellationToken cancellationToken)
    {
        DeliveryKeys.Remove((workspaceId, eventKey));
        return Task.CompletedTask;
    }

    public Task SaveAsync(TeamsConversationReference conversation, CancellationToken cancellationToken)
    {
        Conversations.RemoveAll(c => c.WorkspaceId == conversation.WorkspaceId && c.ConversationId == conversation.ConversationId);
        Conversations.Add(conversation);
        return Task.CompletedTask;
    }

    Task ITeamsConversationReferences.DisableAsync(string workspaceId, string conversationId, CancellationToken cancellationToken)
    {
        var index = Conversations.FindIndex(c => c.WorkspaceId == workspaceId && c.ConversationId == conversationId);
        if (index >= 0)
        {
            Conversations[index] = Conversations[index] with { Enabled = false };
        }

        return Task.CompletedTask;
    }

    public Task<TeamsConversationReference?> FindPersonalAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Conversations.LastOrDefault(c => c.WorkspaceId == workspaceId && c.Enabled && c.ConversationType == "personal"
            && string.Equals(c.UserAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)));

    public Task<TeamsConversationReference?> AnyAsync(string workspaceId, CancellationToken cancellationToken) =>
        Task.FromResult(Conversations.LastOrDefault(c => c.WorkspaceId == workspaceId && c.Enabled));
}
