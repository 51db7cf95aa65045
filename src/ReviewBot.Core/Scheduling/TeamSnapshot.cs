using ReviewBot.Core.CheckIns;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// Everything the planner needs to know about one team at one moment, read from storage by the
/// caller, so that deciding what is due stays pure and testable without a database.
/// </summary>
public sealed record TeamSnapshot
{
    public required Team Team { get; init; }

    public required IReadOnlyList<Member> Members { get; init; }

    /// <summary>
    /// The members owning key results in a quarter. A function because members in different time
    /// zones can be in different quarters at the same instant.
    /// </summary>
    public required Func<Quarter, IReadOnlySet<string>> KeyResultOwners { get; init; }

    public IReadOnlyList<Leave> Leaves { get; init; } = [];

    /// <summary>The check-ins of the current quarter (and, at a quarter's edge, the one just ended).</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; init; } = [];

    /// <summary>The team's streams whose review may still be owed: ended or asked for lately, and not cancelled.</summary>
    public IReadOnlyList<LiveStream> Streams { get; init; } = [];

    /// <summary>For each of <see cref="Streams"/>, by id, the members who have answered its review.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> StreamAnswerers { get; init; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);

    /// <summary>
    /// For a quarter, when each member's retrospective of it was first recorded, by member id. A function for the same
    /// reason as <see cref="KeyResultOwners"/>; only the quarters whose retrospective is open need an answer.
    /// </summary>
    public Func<Quarter, IReadOnlyDictionary<string, DateTimeOffset>> RetrospectivesRecorded { get; init; } = _ => NoInstants;

    /// <summary>
    /// For a quarter being planned, the members who have a proposal for it that a manager has not sent back: they are
    /// not asked to propose again.
    /// </summary>
    public Func<Quarter, IReadOnlySet<string>> PlanProposers { get; init; } = _ => NoMembers;

    public StreamRules StreamRules { get; init; } = StreamRules.Default;

    /// <summary>What has already been delivered: key → the instant it was sent.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Delivered { get; init; } = new Dictionary<string, DateTimeOffset>();

    private static readonly IReadOnlyDictionary<string, DateTimeOffset> NoInstants = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> NoMembers = new HashSet<string>(StringComparer.Ordinal);
}
