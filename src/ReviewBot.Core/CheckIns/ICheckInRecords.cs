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

    /// <summary>
    /// Of each of the team's key results in the quarter, the <see cref="CheckInsAsync"/> rows of its latest week recorded
    /// at that week's latest instant, oldest first: where <see cref="CheckInHistory"/> finds the check-in that counts last,
    /// as from every row, without the weeks and corrections before it.
    /// </summary>
    Task<IReadOnlyList<CheckIn>> LatestCheckInsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// Every check-in in the quarter on these key results, corrections included, oldest first: the
    /// <see cref="CheckInsAsync"/> rows of a few key results (one member's), read without the rest of the team's.
    /// </summary>
    Task<IReadOnlyList<CheckIn>> KeyResultCheckInsAsync(string workspaceId, IReadOnlyCollection<string> keyResultIds, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="memberId"/> wrote a check-in in week <paramref name="weekNumber"/> of the quarter on any
    /// of the team's key results (theirs or another's, a team key result a manager answers): whether
    /// <see cref="CheckInsAsync"/> holds one by them that week.
    /// </summary>
    Task<bool> CheckedInAsync(string workspaceId, string teamId, string memberId, Quarter quarter, int weekNumber, CancellationToken cancellationToken);

    /// <summary>Every written answer by the team's members in the quarter, oldest first.</summary>
    Task<IReadOnlyList<ReviewAnswer>> AnswersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// When each of the team's members first recorded an answer of the quarter's retrospective
    /// (<see cref="Dialogs.ReviewTemplates.Retrospective"/>), by member id; members who wrote none are absent. What
    /// <see cref="AnswersAsync"/> would tell, read without the quarter's other answers: the scheduler asks it on every tick.
    /// </summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> RetrospectivesRecordedAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// The team's answers to one template in the quarter, oldest first, or only <paramref name="memberId"/>'s: the
    /// <see cref="AnswersAsync"/> rows of that template, read without the quarter's others (the weekly check-ins' are
    /// by far the most). Last quarter's retrospective beside a review; one member's beside their planning form, read
    /// once per prompt however large the team.
    /// </summary>
    Task<IReadOnlyList<ReviewAnswer>> TemplateAnswersAsync(string workspaceId, string teamId, string templateId, Quarter quarter, string? memberId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the submission atomically. False when its delivery key was recorded before (nothing written);
    /// throws when it carries rows of another workspace than its own.
    /// </summary>
    Task<bool> RecordAsync(Submission submission, CancellationToken cancellationToken);
}
