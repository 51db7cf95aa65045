using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Planning;

/// <summary>
/// A member's proposal for a quarter's key results, and what the manager decided. One per member and quarter,
/// saved whole: a form or text dialog that is not valid saves nothing.
/// </summary>
public sealed record PlanProposal
{
    public required string WorkspaceId { get; init; }

    public required string TeamId { get; init; }

    /// <summary>Whose key results these are: the member who proposed them, or whom a manager planned them for.</summary>
    public required string MemberId { get; init; }

    /// <summary>The quarter planned (the one after the quarter just reviewed).</summary>
    public required Quarter Quarter { get; init; }

    public required PlanStatus Status { get; init; }

    public IReadOnlyList<ProposedKeyResult> KeyResults { get; init; } = [];

    /// <summary>The manager's words when sending it back (what to change), or on approving; null when none.</summary>
    public string? ManagerComment { get; init; }

    /// <summary>The manager who last sent it back, edited or approved it; null while only the member has touched it.</summary>
    public string? DecidedByMemberId { get; init; }

    /// <summary>When it was last proposed by its member.</summary>
    public required DateTimeOffset ProposedAt { get; init; }

    /// <summary>When it was last saved by anyone: what a save that expects no change in between compares.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// <see cref="UpdatedAt"/> as a number for form ids and button values: what a person saw when they pressed or sent
    /// it. 0 stands for no proposal at all.
    /// </summary>
    public long Version => UpdatedAt.UtcTicks;

    /// <summary>The version of <paramref name="proposal"/>, or 0 when there is none.</summary>
    public static long VersionOf(PlanProposal? proposal) => proposal?.Version ?? 0;
}
