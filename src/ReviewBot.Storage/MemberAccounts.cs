using ReviewBot.Core.People;

namespace ReviewBot.Storage;

/// <summary>Members' chat profiles and accounts over the SQL store.</summary>
public sealed class MemberAccounts(Database database) : IMemberAccounts
{
    public async Task SaveChatProfileAsync(Member member, string timeZoneId, string locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Teams.SaveMemberAsync(member with { TimeZoneId = timeZoneId, Locale = locale, ProfileFromChat = false }, cancellationToken);
    }

    public async Task<int> LinkTeamsUserByEmailAsync(string workspaceId, string email, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        // One transaction over every team: a person on two teams is linked on both or on neither.
        await using var session = await database.BeginAsync(cancellationToken);
        // Read members, then write the ones that matched: an import running meanwhile waits, or goes first.
        await session.LockWorkspaceAsync(workspaceId, cancellationToken);
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
