using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Matches a Teams user to the team's member list: by Entra object id, or else by e-mail, in which case the
/// object id is written to the member so later turns match directly.
/// </summary>
public sealed class TeamsMembers(ITeamDirectory directory, IMemberAccounts accounts)
{
    public async Task<Member?> FindAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var members = await directory.MembersByChatIdentityAsync(workspaceId, ChatPlatform.Teams, aadObjectId.ToLowerInvariant(), cancellationToken);
        return members.Count > 0 ? members[0] : null;
    }

    /// <summary>Links the user to the members with this e-mail; returns how many were linked.</summary>
    public Task<int> LinkByEmailAsync(string workspaceId, string email, string aadObjectId, CancellationToken cancellationToken) =>
        accounts.LinkTeamsUserByEmailAsync(workspaceId, email, aadObjectId, cancellationToken);
}
