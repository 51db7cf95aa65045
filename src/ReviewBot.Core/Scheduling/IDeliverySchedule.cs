namespace ReviewBot.Core.Scheduling;

/// <summary>
/// The scheduler's records: each delivery's claim, attempts, outcome and where it went. A claim is taken once
/// for good, and an attempt holds a lease, so that neither a retried job nor a second host sends anything
/// twice; outcomes are written only over a claim still open. Every call names its workspace, except
/// <see cref="PendingAsync"/>, whose rows each name their own and are then handled through calls that do.
/// </summary>
public interface IDeliverySchedule
{
    /// <summary>Claims a delivery for sending. False when another run or host claimed it first: it must not be sent again.</summary>
    Task<bool> TryClaimAsync(DueDelivery due, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the claimed delivery for one attempt until <paramref name="leaseUntil"/>; null when it is sent,
    /// failed, skipped, or another job holds it or waits out a backoff.
    /// </summary>
    Task<ScheduledDelivery?> TryStartAttemptAsync(string workspaceId, string deliveryKey, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task<ScheduledDelivery?> GetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken);

    Task MarkSentAsync(string workspaceId, string deliveryKey, DateTimeOffset sentAt, string? messageRef, CancellationToken cancellationToken);

    /// <summary>Records that a delivery was no longer needed when its turn came (the member checked in meanwhile), and why.</summary>
    Task MarkSkippedAsync(string workspaceId, string deliveryKey, string reason, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt: given up on when <paramref name="retryAt"/> is null, else tried again from then on.</summary>
    Task MarkFailedAsync(string workspaceId, string deliveryKey, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Keeps where part of a delivery went while the rest is still to send, so that a retry sends only the rest.</summary>
    Task RecordProgressAsync(string workspaceId, string deliveryKey, string messageRef, CancellationToken cancellationToken);

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
