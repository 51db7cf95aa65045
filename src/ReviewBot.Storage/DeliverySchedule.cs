using ReviewBot.Core.Conversation;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Storage;

/// <summary>
/// The scheduler's records over the SQL store. Each call opens its own session: the one atomic step a send
/// needs (taking an attempt's lease) is a single statement.
/// </summary>
public sealed class DeliverySchedule(Database database) : IDeliverySchedule
{
    public async Task<bool> TryClaimAsync(DueDelivery due, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.TryClaimAsync(due, cancellationToken);
    }

    public async Task<ScheduledDelivery?> TryStartAttemptAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.TryStartAttemptAsync(workspaceId, deliveryKey, attemptId, now, leaseUntil, cancellationToken);
    }

    public async Task<bool> TryRenewLeaseAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.TryRenewLeaseAsync(workspaceId, deliveryKey, attemptId, leaseUntil, cancellationToken);
    }

    public async Task<ScheduledDelivery?> GetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.Schedule.GetAsync(workspaceId, deliveryKey, cancellationToken);
    }

    public async Task MarkSentAsync(string workspaceId, string deliveryKey, DateTimeOffset sentAt, SentMessage? memberMessage, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Schedule.MarkSentAsync(workspaceId, deliveryKey, sentAt, memberMessage, cancellationToken);
    }

    public async Task MarkSkippedAsync(string workspaceId, string deliveryKey, string reason, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Schedule.MarkSkippedAsync(workspaceId, deliveryKey, reason, cancellationToken);
    }

    public async Task MarkFailedAsync(string workspaceId, string deliveryKey, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.Schedule.MarkFailedAsync(workspaceId, deliveryKey, reason, retryAt, cancellationToken);
    }

    public async Task RecordChannelPostsAsync(string workspaceId, string deliveryKey, IReadOnlyDictionary<string, SentMessage> channelPosts, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
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
