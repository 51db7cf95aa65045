using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Planning;

/// <summary>
/// One key result a member proposes for the quarter planned, under an objective named by its key. Approved, it
/// becomes a <see cref="KeyResult"/> with the same key, so the quarter after can find which key result it continues.
/// </summary>
public sealed record ProposedKeyResult
{
    /// <summary>The key result's key in the planned quarter: a carried-over one keeps this quarter's key.</summary>
    public required string Key { get; init; }

    /// <summary>The objective it goes under: this quarter's objective's key, or a new objective's.</summary>
    public required string ObjectiveKey { get; init; }

    /// <summary>The objective's title: this quarter's for a kept objective, the member's words for a new one.</summary>
    public required string ObjectiveTitle { get; init; }

    public required string Title { get; init; }

    public required KeyResultUnit Unit { get; init; }

    public required decimal Start { get; init; }

    public required decimal Target { get; init; }

    /// <summary>Why this target: required, the first step of next quarter's review.</summary>
    public required string Basis { get; init; }

    /// <summary>The market it is measured in when that is not simply its owner's market.</summary>
    public string? Market { get; init; }

    /// <summary>The key result of the quarter before that this one continues; null for a new one.</summary>
    public string? CarriedFromKeyResultId { get; init; }

    /// <summary>
    /// Where its value comes from when nobody checks it in: a carried key result fed by the team's live streams keeps
    /// its feed while it keeps its unit. Null for a checked-in one.
    /// </summary>
    public KeyResultFeed? Feed { get; init; }

    public int Position { get; init; }
}
