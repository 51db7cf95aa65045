using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// The scheduler's records: each delivery's claim, attempts, outcome and where it went. A claim is taken once
/// for good, and an attempt holds a short lease that it renews while it works, so that neither a retried job
/// nor a second host sends anything twice, and a dead host's work is free again soon; outcomes are written
/// only over a claim still open. Every call names its workspace, except <see cref="PendingAsync"/>, whose rows
/// each name their own and are then handled through calls that do.
/// </summary>
public interface IDeliverySchedule
{
    /// <summary>
    /// Claims each delivery for sending, a team's worth at a time rather than a round trip and a commit each: those
    /// this call claimed, in the order given. One another run or host claimed first is left out: it must not be sent
    /// again.
    /// </summary>
    Task<IReadOnlyList<DueDelivery>> TryClaimAllAsync(IReadOnlyList<DueDelivery> due, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the claimed delivery for one attempt, named <paramref name="attemptId"/>, until
    /// <paramref name="leaseUntil"/>; null when it is sent, failed, skipped, or another job holds it or waits
    /// out a backoff.
    /// </summary>
    Task<ScheduledDelivery?> TryStartAttemptAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the lease of the attempt <paramref name="attemptId"/> to <paramref name="leaseUntil"/>. False when
    /// that attempt no longer holds it (another attempt took the delivery over, or it is finished): the attempt
    /// must stop.
    /// </summary>
    Task<bool> TryRenewLeaseAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task<ScheduledDelivery?> GetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken);

    /// <summary>Records it sent; <paramref name="memberMessage"/> is the direct message it went out as, null for a team post (whose channel posts are recorded as they go).</summary>
    Task MarkSentAsync(string workspaceId, string deliveryKey, DateTimeOffset sentAt, SentMessage? memberMessage, CancellationToken cancellationToken);

    /// <summary>Records that a delivery was no longer needed when its turn came (the member checked in meanwhile), and why.</summary>
    Task MarkSkippedAsync(string workspaceId, string deliveryKey, string reason, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt: given up on when <paramref name="retryAt"/> is null, else tried again from then on.</summary>
    Task MarkFailedAsync(string workspaceId, string deliveryKey, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Keeps the channels a team post reached while the rest are still to post, so that a retry posts only to the rest.</summary>
    Task RecordChannelPostsAsync(string workspaceId, string deliveryKey, IReadOnlyDictionary<string, SentMessage> channelPosts, CancellationToken cancellationToken);

    /// <summary>
    /// Claimed deliveries of every workspace that nobody is sending or waiting on at <paramref name="now"/>:
    /// those whose job was lost (the host stopped mid fan-out) or whose backoff has passed. Oldest first.
    /// </summary>
    Task<IReadOnlyList<ScheduledDelivery>> PendingAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// When each of the team's deliveries due since <paramref name="dueSince"/> was sent, by key: what the
    /// planner must not plan again, and when prompts went out, which the reminders count from.
    /// </summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> SentSinceAsync(string workspaceId, string teamId, DateTimeOffset dueSince, CancellationToken cancellationToken);
}
