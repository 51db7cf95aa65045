using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Planning;

/// <summary>The team's target for a quarter in its reporting currency, set by a manager: what the proposals' money totals are held against.</summary>
public sealed record TeamPlanTarget(
    string WorkspaceId,
    string TeamId,
    Quarter Quarter,
    string Currency,
    decimal Amount,
    string SetByMemberId,
    DateTimeOffset SetAt);
