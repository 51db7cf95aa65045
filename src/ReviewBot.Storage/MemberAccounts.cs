using ReviewBot.Core.People;

namespace ReviewBot.Storage;

/// <summary>Members' chat profiles and accounts over the SQL store.</summary>
public sealed class MemberAccounts(Database database) : IMemberAccounts
{
    public async Task SaveChatProfileAsync(string workspaceId, string memberId, string timeZoneId, string locale, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Teams.SaveChatProfileAsync(workspaceId, memberId, timeZoneId, locale, cancellationToken);
    }

    public async Task<int> LinkTeamsUserByEmailAsync(string workspaceId, string email, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Teams.LinkTeamsUserByEmailAsync(workspaceId, email, aadObjectId.ToLowerInvariant(), cancellationToken);
    }
}
