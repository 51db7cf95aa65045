using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Conversation;

/// <summary>
/// What the conversation engine reads and writes. Every call names its workspace, and nothing is ever
/// returned from another one. Implemented over SQL in ReviewBot.Storage; in memory in the engine's tests.
/// </summary>
public interface IReviewStore
{
    /// <summary>The members a chat user is in the workspace (one per team they belong to).</summary>
    Task<IReadOnlyList<Member>> MembersByChatIdentityAsync(string workspaceId, ChatPlatform platform, string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Team>> TeamsAsync(string workspaceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> MembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    /// <summary>The team's members including those who have left: a review names who owned each key result then.</summary>
    Task<IReadOnlyList<Member>> AllMembersAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Objective>> ObjectivesAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>Every check-in on the team's key results in the quarter, corrections included, oldest first.</summary>
    Task<IReadOnlyList<CheckIn>> CheckInsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>Every written answer by the team's members in the quarter, oldest first.</summary>
    Task<IReadOnlyList<ReviewAnswer>> AnswersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>Records the submission atomically. False when its delivery key was recorded before (nothing written).</summary>
    Task<bool> RecordAsync(Submission submission, CancellationToken cancellationToken);

    Task<DialogState?> DialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken);

    Task SaveDialogAsync(DialogState dialog, CancellationToken cancellationToken);

    Task DeleteDialogAsync(string workspaceId, string memberId, CancellationToken cancellationToken);

    /// <summary>Creates or updates an objective's own fields; its key results are saved one by one.</summary>
    Task SaveObjectiveAsync(Objective objective, CancellationToken cancellationToken);

    Task SaveKeyResultAsync(KeyResult keyResult, CancellationToken cancellationToken);

    /// <summary>Every leave range of the team's members, past ones included, by first day.</summary>
    Task<IReadOnlyList<Leave>> LeavesAsync(string workspaceId, string teamId, CancellationToken cancellationToken);

    /// <summary>Adds a leave range; one starting on the same day as an earlier one replaces it.</summary>
    Task AddLeaveAsync(string workspaceId, Leave leave, CancellationToken cancellationToken);

    /// <summary>Removes every leave range of the member.</summary>
    Task RemoveLeavesAsync(string workspaceId, string memberId, CancellationToken cancellationToken);

    /// <summary>The team's scheduled messages of the quarter that did not arrive: given up on, or failed and waiting to be retried.</summary>
    Task<IReadOnlyList<DeliveryProblem>> DeliveryProblemsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);
}
