using ReviewBot.Core.Periods;

namespace ReviewBot.Core.CheckIns;

/// <summary>
/// The check-ins and written answers people gave, and the one way to add to them: a whole submission at
/// once, recorded under its delivery key so a platform's retry records nothing twice. Every call names its
/// workspace, and nothing is ever returned from or written to another one.
/// </summary>
public interface ICheckInRecords
{
    /// <summary>Every check-in on the team's key results in the quarter, corrections included, oldest first.</summary>
    Task<IReadOnlyList<CheckIn>> CheckInsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>Every written answer by the team's members in the quarter, oldest first.</summary>
    Task<IReadOnlyList<ReviewAnswer>> AnswersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// Records the submission atomically. False when its delivery key was recorded before (nothing written);
    /// throws when it carries rows of another workspace than its own.
    /// </summary>
    Task<bool> RecordAsync(Submission submission, CancellationToken cancellationToken);
}
