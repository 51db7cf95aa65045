using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Planning;

/// <summary>
/// Next quarter's plan as it is made: members' proposals, the manager's team target, and the approval that turns a
/// proposal into the quarter's OKRs. Every call names its workspace, and nothing is read from or written to another one.
/// </summary>
public interface ITeamPlans
{
    /// <summary>The member's proposal for the quarter, or null when they have proposed nothing.</summary>
    Task<PlanProposal?> ProposalAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>Every member's proposal for the team's quarter, in no particular order.</summary>
    Task<IReadOnlyList<PlanProposal>> ProposalsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// The members with a proposal for the team's quarter that a manager did not send back (proposed or approved): who
    /// <see cref="ProposalsAsync"/> lists with another status than <see cref="PlanStatus.SentBack"/>, read without
    /// their key results.
    /// </summary>
    Task<IReadOnlySet<string>> ProposersAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// Creates or replaces the member's proposal, whole, with its key results. Only when what is stored is what the
    /// caller read: none when <paramref name="expectedUpdatedAt"/> is null, else one last saved at that instant.
    /// False, with nothing written, when someone saved in between.
    /// </summary>
    Task<bool> SaveProposalAsync(PlanProposal proposal, DateTimeOffset? expectedUpdatedAt, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: creates or updates <paramref name="objectives"/> (matched by id, each with only the key results
    /// of this proposal, which are created or updated by id; other key results under the same objective stay) and saves
    /// <paramref name="approved"/> (its status <see cref="PlanStatus.Approved"/>). False, with nothing written, when the
    /// stored proposal was not last saved at <paramref name="expectedUpdatedAt"/>, or when the objectives read before
    /// changed meanwhile: an objective's key is now stored in the team's quarter under another id, or a key result's key
    /// under its objective under another id (another approval took it first). The caller says it changed meanwhile and
    /// to try again; a second try reads the objectives as they are now.
    /// </summary>
    Task<bool> ApproveProposalAsync(PlanProposal approved, IReadOnlyList<Objective> objectives, DateTimeOffset expectedUpdatedAt, CancellationToken cancellationToken);

    /// <summary>The team's target for the quarter, or null when no manager has set one.</summary>
    Task<TeamPlanTarget?> TeamTargetAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the team's target for its quarter.</summary>
    Task SaveTeamTargetAsync(TeamPlanTarget target, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the rates to the team's, replacing one of the same quarter and currency; every other rate stays. The
    /// team as read afterwards (<see cref="People.ITeamDirectory.FindTeamAsync"/>) carries them.
    /// </summary>
    Task SaveExchangeRatesAsync(string workspaceId, string teamId, IReadOnlyList<ExchangeRate> rates, CancellationToken cancellationToken);
}
