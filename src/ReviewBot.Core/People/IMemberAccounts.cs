namespace ReviewBot.Core.People;

/// <summary>
/// What chat platforms teach about members after the OKR file was imported: their own time zone and locale,
/// and the account they use. Every call names its workspace (a member carries it), and nothing is ever
/// written to another one.
/// </summary>
public interface IMemberAccounts
{
    /// <summary>
    /// Saves the time zone and locale the member's chat profile gave, and stops waiting for one
    /// (<see cref="Member.ProfileFromChat"/> becomes false). Only those columns change, and only while the member
    /// still waits, so an import that changed the member meanwhile (retired them, changed their role) stands.
    /// </summary>
    Task SaveChatProfileAsync(string workspaceId, string memberId, string timeZoneId, string locale, CancellationToken cancellationToken);

    /// <summary>
    /// Links a Teams user (their Entra object id) to the workspace's active members with this e-mail who have
    /// no Teams account yet, compared without regard to case. Returns how many were linked.
    /// </summary>
    Task<int> LinkTeamsUserByEmailAsync(string workspaceId, string email, string aadObjectId, CancellationToken cancellationToken);
}
