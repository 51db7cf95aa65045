using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Reviews;

/// <summary>Everything stored about a team's quarter, read in one go for a review.</summary>
public sealed record QuarterData(
    Team Team,
    Quarter Quarter,
    IReadOnlyList<Member> Members,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<CheckIn> CheckIns,
    IReadOnlyList<ReviewAnswer> Answers)
{
    /// <summary>The members' leave, so a week spent on leave is not counted as a missed check-in.</summary>
    public IReadOnlyList<Scheduling.Leave> Leaves { get; init; } = [];

    public static async Task<QuarterData> LoadAsync(IReviewStore store, Team team, IReadOnlyList<Member> members, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        var objectives = await store.ObjectivesAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        var checkIns = await store.CheckInsAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        var answers = await store.AnswersAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        return new QuarterData(team, quarter, members, objectives, checkIns, answers);
    }

    /// <summary>
    /// A quarter and the one before it for a review, with former members among the team's: the chat text,
    /// the report page and the exports all load through here, so they name the same owners.
    /// </summary>
    public static async Task<(QuarterData Quarter, QuarterData Previous)> LoadForReviewAsync(IReviewStore store, Team team, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        var members = await store.AllMembersAsync(team.WorkspaceId, team.Id, cancellationToken);
        var leaves = await store.LeavesAsync(team.WorkspaceId, team.Id, cancellationToken);
        return (
            await LoadAsync(store, team, members, quarter, cancellationToken) with { Leaves = leaves },
            await LoadAsync(store, team, members, quarter.Previous(), cancellationToken) with { Leaves = leaves });
    }

    public IReadOnlyList<KeyResultStanding> Standings() => KeyResultStanding.Of(Objectives, Members, new CheckInHistory(CheckIns));
}
