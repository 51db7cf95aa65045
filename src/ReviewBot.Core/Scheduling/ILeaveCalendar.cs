namespace ReviewBot.Core.Scheduling;

/// <summary>
/// The days members are away, which prompts and reminders skip. Every call names its workspace, and
/// nothing is ever returned from or written to another one.
/// </summary>
public interface ILeaveCalendar
{
    /// <summary>Every leave range of the team's members, past ones included, by first day.</summary>
    Task<IReadOnlyList<Leave>> LeavesAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    /// <summary>Every leave range of the workspace's members, by first day: one read for all its teams' plans.</summary>
    Task<IReadOnlyList<Leave>> WorkspaceLeavesAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>Adds a leave range; one starting on the same day as an earlier one replaces it.</summary>
    Task AddLeaveAsync(string workspaceId, Leave leave, CancellationToken cancellationToken);

    /// <summary>Removes every leave range of the member.</summary>
    Task RemoveLeavesAsync(string workspaceId, string memberId, CancellationToken cancellationToken);
}
