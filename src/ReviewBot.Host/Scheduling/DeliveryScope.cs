using ReviewBot.Core.Scheduling;

namespace ReviewBot.Host.Scheduling;

/// <summary>Which deliveries one pass looks at: all of them for the recurring tick, a slice for an operator's <c>run</c>.</summary>
public sealed record DeliveryScope
{
    public static DeliveryScope Everything { get; } = new();

    /// <summary>Null for every kind.</summary>
    public IReadOnlySet<DeliveryKind>? Kinds { get; init; }

    /// <summary>A team's key or name; null for every team.</summary>
    public string? Team { get; init; }

    public bool Includes(DeliveryKind kind) => Kinds is null || Kinds.Contains(kind);

    public bool Includes(Core.People.Team team) =>
        Team is null
        || string.Equals(team.Key, Team, StringComparison.OrdinalIgnoreCase)
        || string.Equals(team.Name, Team, StringComparison.OrdinalIgnoreCase);
}
