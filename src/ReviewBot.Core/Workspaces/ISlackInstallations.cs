namespace ReviewBot.Core.Workspaces;

/// <summary>
/// The Slack workspaces the app was installed in through OAuth, one bot token each, and the install links'
/// states already used (so a link works once, on whichever host it lands).
/// </summary>
public interface ISlackInstallations
{
    /// <summary>
    /// Keeps the install (replacing an earlier one of the same team) and makes sure its workspace exists and is
    /// served again, all at once; the workspace as it now is.
    /// </summary>
    Task<Workspace> SaveAsync(SlackInstallation installation, CancellationToken cancellationToken);

    /// <summary>The team's install; null when it has none (never installed, or uninstalled since).</summary>
    Task<SlackInstallation?> FindAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>Forgets the team's install and its token; false when there was none.</summary>
    Task<bool> DeleteAsync(string teamId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks an install link's state used: true the first time, false when it was used before (a replay).
    /// <paramref name="expiresAt"/> is when the state would have expired anyway, after which it may be forgotten.
    /// </summary>
    Task<bool> TryConsumeStateAsync(string stateId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
