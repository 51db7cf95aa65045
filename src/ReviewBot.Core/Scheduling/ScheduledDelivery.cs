using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scheduling;

/// <summary>One scheduled delivery as recorded: claimed by the host that sends it, then sent or failed.</summary>
public sealed record ScheduledDelivery
{
    public required string WorkspaceId { get; init; }

    public required string DeliveryKey { get; init; }

    public required DeliveryKind Kind { get; init; }

    public required string TeamId { get; init; }

    public string? MemberId { get; init; }

    /// <summary>The quarter it belongs to; null only for rows claimed before migration 0007.</summary>
    public Quarter? Quarter { get; init; }

    public int? WeekNumber { get; init; }

    /// <summary>The live stream's id for a stream review's prompt and summary; null otherwise.</summary>
    public string? SubjectId { get; init; }

    /// <summary>Not to be tried before this instant: a sending host's lease, or a transient failure's backoff.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required DeliveryState State { get; init; }

    /// <summary>Attempts whose outcome was recorded (sent, or failed and to be tried again).</summary>
    public int Attempts { get; init; }

    /// <summary>
    /// Attempts taken, the current one included. More than <see cref="Attempts"/> + 1 when an earlier attempt
    /// ended without recording anything (its host was killed between sending and recording).
    /// </summary>
    public int AttemptsStarted { get; init; }

    /// <summary>
    /// True when an earlier attempt may have sent the message without it being recorded as sent: one was
    /// recorded as a retry (perhaps after the chat service's answer was lost), or one never recorded at all.
    /// Such a delivery is looked for where it would have arrived before it is sent again.
    /// </summary>
    public bool MayHaveArrived => Attempts > 0 || AttemptsStarted > 1;

    public string? LastError { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>
    /// The direct message a member's delivery went out as (channel and ts, conversation and activity id), so a
    /// reminder can rewrite the week's prompt; null for a team post or before it is sent.
    /// </summary>
    public SentMessage? MemberMessage { get; init; }

    /// <summary>
    /// A team post's messages, channel id → where it went, kept as each channel is posted to so that a retry
    /// posts only to the channels still missing. Empty for a member's delivery.
    /// </summary>
    public IReadOnlyDictionary<string, SentMessage> ChannelPosts { get; init; } = new Dictionary<string, SentMessage>(StringComparer.Ordinal);

    /// <summary>True for what goes to the team's channels rather than to one member.</summary>
    public bool IsTeamPost => Kind is DeliveryKind.QuarterReview or DeliveryKind.WeeklyDigest or DeliveryKind.StreamReviewSummary;
}
