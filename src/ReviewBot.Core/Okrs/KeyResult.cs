namespace ReviewBot.Core.Okrs;

/// <summary>A measurable result: from <see cref="Start"/> to <see cref="Target"/> in its <see cref="Unit"/>.</summary>
public sealed record KeyResult
{
    public required string Id { get; init; }

    public required string WorkspaceId { get; init; }

    public required string ObjectiveId { get; init; }

    /// <summary>The operator's stable name for the key result within its objective.</summary>
    public required string Key { get; init; }

    public required string Title { get; init; }

    /// <summary>The member who checks in on it, or null when the team owns it.</summary>
    public string? OwnerMemberId { get; init; }

    public required KeyResultUnit Unit { get; init; }

    public required decimal Start { get; init; }

    public required decimal Target { get; init; }

    /// <summary>Relative weight inside its objective; the objective's score is the weighted mean.</summary>
    public decimal Weight { get; init; } = 1m;

    /// <summary>Why this target: the owner's reasoning when it was set.</summary>
    public required string Basis { get; init; }

    /// <summary>The market it is measured in when that is not simply its owner's market.</summary>
    public string? Market { get; init; }

    public int Position { get; init; }

    /// <summary>Where its value comes from when nobody checks it in: the sum of a number over the quarter's live streams.</summary>
    public KeyResultFeed? Feed { get; init; }

    public Direction Direction => Target >= Start ? Direction.Increase : Direction.Decrease;
}
