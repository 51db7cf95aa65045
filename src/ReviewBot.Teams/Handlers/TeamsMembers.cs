using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Storage;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Matches a Teams user to the team's member list: by Entra object id, or else by e-mail, in which case the
/// object id is written to the member so later turns match directly.
/// </summary>
public sealed class TeamsMembers(Database database)
{
    public async Task<Member?> FindAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        var members = await session.Teams.MembersByChatIdentityAsync(workspaceId, ChatPlatform.Teams, aadObjectId.ToLowerInvariant(), cancellationToken);
        return members.Count > 0 ? members[0] : null;
    }

    /// <summary>Links the user to the members with this e-mail; returns how many were linked.</summary>
    public async Task<int> LinkByEmailAsync(string workspaceId, string aadObjectId, string email, CancellationToken cancellationToken)
    {
        await using var session = await database.BeginAsync(cancellationToken);
        var linked = 0;
        foreach (var team in await session.Teams.ListAsync(workspaceId, cancellationToken))
        {
            foreach (var member in await session.Teams.MembersAsync(workspaceId, team.Id, cancellationToken))
            {
                if (member.TeamsUserId is null && string.Equals(member.Email, email, StringComparison.OrdinalIgnoreCase))
                {
                    await session.Teams.SaveMemberAsync(member with { TeamsUserId = aadObjectId.ToLowerInvariant() }, cancellationToken);
                    linked++;
                }
            }
        }

        await session.CommitAsync(cancellationToken);
        return linked;
    }
}
