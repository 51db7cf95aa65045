using ReviewBot.Core.Conversation;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Storage;

/// <summary>
/// The scheduler's records over the SQL store. Each call opens its own session: the one atomic step a send
/// needs (taking an attempt's lease) is a single statement. Writes take this process's write turn on SQLite
/// (<see cref="Database.OpenWriterAsync"/>): a fan-out's workers all write, and left to SQLite's busy handler each
/// would sleep a thread up to 100 ms per retry.
/// </summary>
public sealed class DeliverySchedule(Database database) : IDeliverySchedule
{
    /// <summary>How many claims one transaction writes: a 10,000-member team's in a few, without holding SQLite's one writer for long.</summary>
    private const int ClaimsPerTransaction = 500;

    public async Task<IReadOnlyList<DueDelivery>> TryClaimAllAsync(IReadOnlyList<DueDelivery> due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var claimed = new HashSet<DueDelivery>(ReferenceEqualityComparer.Instance);
        // In key order, so that two hosts claiming the same team take the keys' row locks in one order on PostgreSQL
        // (a later insert of the same key waits for the earlier transaction) and never deadlock.
        var inKeyOrder = due.OrderBy(d => d.WorkspaceId, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal);
        foreach (var chunk in inKeyOrder.Chunk(ClaimsPerTransaction))
        {
            await using var session = await database.BeginAsync(cancellationToken);
            var taken = new List<DueDelivery>(chunk.Length);
            foreach (var delivery in chunk)
            {
                if (await session.Schedule.TryClaimAsync(delivery, cancellationToken))
                {
                    taken.Add(delivery);
                }
            }

            await session.CommitAsync(cancellationToken);
            claimed.UnionWith(taken);
        }

        return [.. due.Where(claimed.Contains)];
    }

    public async Task<ScheduledDelivery?> TryStartAttemptAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.Schedule.TryStartAttemptAsync(workspaceId, deliveryKey, attemptId, now, leaseUntil, cancellationToken);
    }

    public async Task<bool> TryRenewLeaseAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.Schedule.TryRenewLeaseAsync(workspaceId, deliveryKey, attemptId, leaseUntil, cancellationToken);
    }

    public async Task<ScheduledDelivery?> GetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.GetAsync(workspaceId, deliveryKey, cancellationToken);
    }

    public async Task MarkSentAsync(string workspaceId, string deliveryKey, DateTimeOffset sentAt, SentMessage? memberMessage, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        await session.Schedule.MarkSentAsync(workspaceId, deliveryKey, sentAt, memberMessage, cancellationToken);
    }

    public async Task MarkSkippedAsync(string workspaceId, string deliveryKey, string reason, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        await session.Schedule.MarkSkippedAsync(workspaceId, deliveryKey, reason, cancellationToken);
    }

    public async Task MarkFailedAsync(string workspaceId, string deliveryKey, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        await session.Schedule.MarkFailedAsync(workspaceId, deliveryKey, reason, retryAt, cancellationToken);
    }

    public async Task RecordChannelPostsAsync(string workspaceId, string deliveryKey, IReadOnlyDictionary<string, SentMessage> channelPosts, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        await session.Schedule.RecordChannelPostsAsync(workspaceId, deliveryKey, channelPosts, cancellationToken);
    }

    public async Task<IReadOnlyList<ScheduledDelivery>> PendingAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.PendingAsync(now, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> SentSinceAsync(string workspaceId, string teamId, DateTimeOffset dueSince, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.SentSinceAsync(workspaceId, teamId, dueSince, cancellationToken);
    }
}
