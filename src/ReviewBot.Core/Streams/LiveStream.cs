using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Streams;

/// <summary>
/// A live broadcast a team sells through, scheduled so that its host and crew are asked to review it once it
/// has ended (<see cref="StreamRules.ReviewDelay"/> later), and the team's channel gets the review.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A live stream is the domain's word for a broadcast, not a System.IO.Stream.")]
public sealed record LiveStream
{
    public required string Id { get; init; }

    public required string WorkspaceId { get; init; }

    public required string TeamId { get; init; }

    /// <summary>The team file's stable name for it, so a re-import finds it again; null for one added in chat.</summary>
    public string? Key { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>The quarter it is counted in: the one its start falls in, in the team's time zone.</summary>
    public required Quarter Quarter { get; init; }

    /// <summary>The week of that quarter its start falls in, in the team's time zone.</summary>
    public required int WeekNumber { get; init; }

    /// <summary>The member who presents it.</summary>
    public required string HostMemberId { get; init; }

    /// <summary>Everyone else who works it (assistant host, operations, product): each is asked to review it too.</summary>
    public IReadOnlyList<string> CrewMemberIds { get; init; } = [];

    /// <summary>ISO 4217 code its GMV is taken in; the team's reporting currency unless the stream sells in another.</summary>
    public required string Currency { get; init; }

    /// <summary>The review template its host and crew answer: the built-in live-stream review or one of the team's own.</summary>
    public string TemplateId { get; init; } = Dialogs.ReviewTemplates.LiveStream.Id;

    /// <summary>The member who scheduled it in chat; null when it came from the team file.</summary>
    public string? ScheduledByMemberId { get; init; }

    /// <summary>When a manager asked for its review at once (<c>review stream now</c>) rather than after the delay.</summary>
    public DateTimeOffset? ReviewRequestedAt { get; init; }

    /// <summary>When it was called off; a cancelled stream is neither prompted nor summarised.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset EndsAt => StartsAt + Duration;

    /// <summary>Who reviews it: the host, then the crew, each once.</summary>
    public IReadOnlyList<string> Reviewers => [.. CrewMemberIds.Prepend(HostMemberId).Distinct(StringComparer.Ordinal)];
}
