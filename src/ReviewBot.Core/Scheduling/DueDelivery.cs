using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// One thing the bot owes someone now. <see cref="Key"/> names it for good: the delivery is recorded
/// under it, so a restart, a retried job or a second host never sends it twice.
/// </summary>
public sealed record DueDelivery
{
    public required DeliveryKind Kind { get; init; }

    public required string Key { get; init; }

    public required string WorkspaceId { get; init; }

    public required string TeamId { get; init; }

    /// <summary>Null for what goes to the team's channel (quarter review, digest).</summary>
    public string? MemberId { get; init; }

    public required Quarter Quarter { get; init; }

    /// <summary>Null for what belongs to the whole quarter (retrospective prompt, quarter review).</summary>
    public int? WeekNumber { get; init; }

    /// <summary>What it is about beyond its quarter and week: the live stream's id for a stream review's prompt and summary.</summary>
    public string? SubjectId { get; init; }

    /// <summary>When it became due; later than this only when the host was down or a tick was late.</summary>
    public required DateTimeOffset DueAt { get; init; }
}
