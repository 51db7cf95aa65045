using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Planning;

/// <summary>
/// What one member plans the quarter from: their key results of the quarter before, each with its result and the
/// cause they gave, their lessons, and the team's objectives their new key results can go under.
/// </summary>
internal sealed record PlanningContext(Team Team, Member Member, Quarter From, Quarter Planned)
{
    /// <summary>Reads the member's part of <paramref name="planned"/>'s quarter before, with its retrospective answers.</summary>
    public static Task<PlanningContext> LoadAsync(IReviewStore store, Team team, Member member, Quarter planned, CancellationToken cancellationToken) =>
        throw new NotImplementedException(store?.GetType().Name);
}
