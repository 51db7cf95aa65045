using ReviewBot.Core.Conversation;

namespace ReviewBot.Storage;

/// <summary>
/// Inbound work over <c>inbound_work</c> and <c>inbound_event_keys</c>: an item and its keys are recorded in one
/// transaction, so an event is either new with its work stored or a retry with nothing stored.
/// </summary>
public sealed class InboundWorkBacklog(Database database, TimeProvider time) : IInboundWorkBacklog
{
    public async Task<bool> TryRecordAsync(string workspaceId, IReadOnlyList<string> eventKeys, string kind, string payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventKeys);
        if (eventKeys.Count == 0)
        {
            throw new ArgumentException("Inbound work is recorded under at least one event key.", nameof(eventKeys));
        }

        var now = time.GetUtcNow();
        await using var session = await database.BeginAsync(cancellationToken);
        foreach (var key in eventKeys)
        {
            if (!await session.EventKeys.TryRecordAsync(workspaceId, key, now, cancellationToken))
            {
                return false;
            }
        }

        await session.InboundWork.SaveAsync(workspaceId, eventKeys[0], kind, payload, now, leaseUntil: null, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    public async Task HoldAsync(string workspaceId, string eventKey, string kind, string payload, DateTimeOffset heldUntil, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.InboundWork.SaveAsync(workspaceId, eventKey, kind, payload, time.GetUtcNow(), heldUntil, cancellationToken);
    }

    public async Task<IReadOnlyList<InboundWork>> TakeAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var session = await database.BeginAsync(cancellationToken);
        var rows = await session.InboundWork.LockDueAsync(now, max, cancellationToken);
        foreach (var row in rows)
        {
            await session.InboundWork.LeaseAsync(row.WorkspaceId, row.EventKey, now + lease, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        return [.. rows.Select(r => new InboundWork(r.WorkspaceId, r.EventKey, r.Kind, r.Payload, (int)r.Attempts + 1))];
    }

    public async Task MarkDoneAsync(string workspaceId, string eventKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.InboundWork.MarkDoneAsync(workspaceId, eventKey, time.GetUtcNow(), cancellationToken);
    }

    public async Task MarkFailedAsync(string workspaceId, string eventKey, string reason, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.InboundWork.MarkFailedAsync(workspaceId, eventKey, reason, time.GetUtcNow(), cancellationToken);
    }

    public async Task RetryLaterAsync(string workspaceId, string eventKey, string reason, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.InboundWork.RetryLaterAsync(workspaceId, eventKey, reason, notBefore, cancellationToken);
    }

    /// <summary>Deletes the items done before <paramref name="before"/>; the number deleted.</summary>
    public async Task<int> PruneDoneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.InboundWork.PruneDoneAsync(before, cancellationToken);
    }
}
