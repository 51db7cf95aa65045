using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.People;

/// <summary>
/// Who is on which team. Every call names its workspace, and nothing is ever returned from another one.
/// </summary>
public interface ITeamDirectory
{
    /// <summary>The active members a chat user is in the workspace (one per team they belong to).</summary>
    Task<IReadOnlyList<Member>> MembersByChatIdentityAsync(string workspaceId, ChatPlatform platform, string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Team>> ListTeamsAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>The team, or null when the workspace has no team with this id (any more).</summary>
    Task<Team?> FindTeamAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    /// <summary>The workspace's active member with this id, whichever team they are on, or null.</summary>
    Task<Member?> MemberAsync(string workspaceId, string memberId, CancellationToken cancellationToken);

    /// <summary>The team's active members, by name.</summary>
    Task<IReadOnlyList<Member>> MembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    /// <summary>The team's members including those who have left: a review names who owned each key result then.</summary>
    Task<IReadOnlyList<Member>> AllMembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    /// <summary>The workspace itself (its platform, the platform's id and its name), or null when there is none with this id.</summary>
    Task<Workspace?> WorkspaceAsync(string workspaceId, CancellationToken cancellationToken);
}
