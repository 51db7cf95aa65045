using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Okrs;

/// <summary>
/// A team's objectives and key results per quarter. Every call names its workspace (the records carry it),
/// and nothing is ever read from or written to another one.
/// </summary>
public interface ITeamOkrs
{
    Task<IReadOnlyList<Objective>> ObjectivesAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>
    /// The key results <paramref name="memberId"/> owns in the team's quarter, each under its objective, which holds
    /// only those: <see cref="ObjectivesAsync"/> with everyone else's key results (and objectives left empty) taken
    /// out, in the same order. What a message to one member shows, read without the rest of a large team.
    /// </summary>
    Task<IReadOnlyList<Objective>> MemberObjectivesAsync(string workspaceId, string teamId, string memberId, Quarter quarter, CancellationToken cancellationToken);

    /// <summary>Creates or updates an objective's own fields; its key results are saved one by one.</summary>
    Task SaveObjectiveAsync(Objective objective, CancellationToken cancellationToken);

    Task SaveKeyResultAsync(KeyResult keyResult, CancellationToken cancellationToken);
}
