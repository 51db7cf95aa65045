using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Okrs;

/// <summary>A qualitative goal for a quarter, owned by a person or by the whole team.</summary>
public sealed record Objective
{
    public required string Id { get; init; }

    public required string WorkspaceId { get; init; }

    public required string TeamId { get; init; }

    public required Quarter Quarter { get; init; }

    /// <summary>The operator's stable name for the objective within its team and quarter.</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    /// <summary>The owning member, or null when the team owns it.</summary>
    public string? OwnerMemberId { get; init; }

    /// <summary>Why this goal was chosen: step one of the review.</summary>
    public required string Basis { get; init; }

    public int Position { get; init; }

    public IReadOnlyList<KeyResult> KeyResults { get; init; } = [];
}
