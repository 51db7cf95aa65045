using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;

namespace ReviewBot.Core.Planning;

/// <summary>
/// What one member plans the quarter from: their key results of the quarter before, each with its result and the
/// cause they gave, their lessons, and the team's objectives their new key results can go under.
/// </summary>
internal sealed record PlanningContext(Team Team, Member Member, Quarter From, Quarter Planned)
{
    /// <summary>The member's key results of <see cref="From"/>, in the order of their objectives, each with where it ended.</summary>
    public IReadOnlyList<KeyResultOutcome> Outcomes { get; init; } = [];

    /// <summary>The team's objectives of <see cref="From"/>: what a proposed key result can go under, besides a new objective.</summary>
    public IReadOnlyList<Objective> TeamObjectives { get; init; } = [];

    /// <summary>The member's retrospective answer to "what worked", or null when they gave none.</summary>
    public string? Worked { get; init; }

    /// <summary>The member's retrospective answer to "what to change", or null when they gave none.</summary>
    public string? Change { get; init; }

    /// <summary>What the member proposed for <see cref="Planned"/> so far, or null.</summary>
    public PlanProposal? Proposal { get; init; }

    /// <summary>The name of the manager who last sent back, edited or approved <see cref="Proposal"/>; null when none did.</summary>
    public string? DecidedByName { get; init; }

    /// <summary>The key results that carry over as metrics: every one that is not a milestone, kept by default.</summary>
    public IEnumerable<KeyResultOutcome> CarriedMetrics => Outcomes.Where(o => !o.IsMilestone);

    /// <summary>The milestones not done by the quarter's end, offered to carry over; a finished one is not.</summary>
    public IEnumerable<KeyResultOutcome> OpenMilestones => Outcomes.Where(o => o.IsMilestone && !o.IsFinished);

    /// <summary>Every key result that has a row of its own in the form: the metrics, then the unfinished milestones.</summary>
    public IEnumerable<KeyResultOutcome> CarriedRows => CarriedMetrics.Concat(OpenMilestones);

    /// <summary>Reads the member's part of <paramref name="planned"/>'s quarter before, with its retrospective answers.</summary>
    public static async Task<PlanningContext> LoadAsync(IReviewStore store, Team team, Member member, Quarter planned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(member);
        var from = planned.Previous();
        var part = await QuarterData.LoadMemberPartAsync(store, team, member, from, cancellationToken);
        // The member's own retrospective alone: a prompt fanned out to a large team reads each member's, not the team's.
        var answers = await store.TemplateAnswersAsync(team.WorkspaceId, team.Id, ReviewTemplates.Retrospective.Id, from, member.Id, cancellationToken);
        var teamObjectives = await store.ObjectivesAsync(team.WorkspaceId, team.Id, from, cancellationToken);
        var proposal = await store.ProposalAsync(team.WorkspaceId, team.Id, member.Id, planned, cancellationToken);
        var decidedBy = proposal?.DecidedByMemberId is { } deciderId
            ? await store.MemberAsync(team.WorkspaceId, deciderId, cancellationToken)
            : null;
        var history = new CheckInHistory(part.CheckIns);
        var outcomes = part.Objectives
            .OrderBy(o => o.Position)
            .SelectMany(o => o.KeyResults.Where(k => k.OwnerMemberId == member.Id).OrderBy(k => k.Position).Select(k => (Objective: o, KeyResult: k)))
            .Select(p =>
            {
                var latest = history.Latest(p.KeyResult.Id);
                var result = latest is null ? Scoring.KeyResultScore.NotStarted(p.KeyResult) : Scoring.KeyResultScore.Of(p.KeyResult, latest.Value);
                // The latest answer wins: a retrospective answered twice says what the member thinks now.
                var cause = answers.LastOrDefault(a => a.QuestionId == "cause" && a.KeyResultId == p.KeyResult.Id)?.Text;
                return new KeyResultOutcome(p.Objective, p.KeyResult, result, latest is not null, cause);
            })
            .ToList();
        return new PlanningContext(team, member, from, planned)
        {
            Outcomes = outcomes,
            TeamObjectives = [.. teamObjectives.OrderBy(o => o.Position)],
            Worked = answers.LastOrDefault(a => a.QuestionId == "worked" && a.KeyResultId is null)?.Text,
            Change = answers.LastOrDefault(a => a.QuestionId == "change" && a.KeyResultId is null)?.Text,
            Proposal = proposal,
            DecidedByName = decidedBy?.Name,
        };
    }
}

/// <summary>Where one of the member's key results of the quarter before ended, and why, in their words.</summary>
/// <param name="Result">Scored at its final value (the retrospective's, or the latest check-in), or at its start when nobody checked in.</param>
/// <param name="CheckedIn">Whether any value was checked in; without one it "ended" where it started.</param>
/// <param name="Cause">The member's retrospective answer to why it differs from its target; null when none.</param>
internal sealed record KeyResultOutcome(Objective Objective, KeyResult KeyResult, Scoring.KeyResultScore Result, bool CheckedIn, string? Cause)
{
    public decimal Ended => Result.Actual;

    /// <summary>
    /// Where it starts next quarter: where it ended, or for a key result summed from the quarter's live streams, its
    /// own start again, since that sum begins anew with each quarter's streams.
    /// </summary>
    public decimal StartsAgainAt => KeyResult.Feed is null ? Ended : KeyResult.Start;

    public bool IsFed => KeyResult.Feed is not null;

    public bool IsMilestone => KeyResult.Unit is MilestoneUnit;

    public bool IsFinished => IsMilestone && Result.Actual >= MilestoneUnit.Done;
}
