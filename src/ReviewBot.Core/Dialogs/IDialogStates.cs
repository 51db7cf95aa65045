namespace ReviewBot.Core.Dialogs;

/// <summary>
/// Each member's open dialog, kept between turns (and restarts), at most one per member. Every call names
/// its workspace (a saved state carries it), and nothing is ever read from or written to another one.
/// </summary>
public interface IDialogStates
{
    Task<DialogState?> DialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the member's open dialog.</summary>
    Task SaveDialogAsync(DialogState dialog, CancellationToken cancellationToken);

    Task DeleteDialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken);
}
