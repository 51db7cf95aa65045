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
    public static async Task<QuarterData> LoadAsync(IReviewStore store, Team team, IReadOnlyList<Member> members, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        var objectives = await store.ObjectivesAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        var checkIns = await store.CheckInsAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        var answers = await store.AnswersAsync(team.WorkspaceId, team.Id, quarter, cancellationToken);
        return new QuarterData(team, quarter, members, objectives, checkIns, answers);
    }

    public IReadOnlyList<KeyResultStanding> Standings() => KeyResultStanding.Of(Objectives, Members, new CheckInHistory(CheckIns));
}
