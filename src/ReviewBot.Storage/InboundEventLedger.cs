using ReviewBot.Core.Conversation;

namespace ReviewBot.Storage;

/// <summary>The event keys already acted on, in the <c>inbound_event_keys</c> table the check-in submissions use too.</summary>
public sealed class InboundEventLedger(Database database, TimeProvider time) : IInboundEventLedger
{
    public async Task<bool> TryRecordAsync(string workspaceId, string eventKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.EventKeys.TryRecordAsync(workspaceId, eventKey, time.GetUtcNow(), cancellationToken);
    }

    public async Task ForgetAsync(string workspaceId, string eventKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        await session.EventKeys.ForgetAsync(workspaceId, eventKey, cancellationToken);
    }

    /// <summary>Deletes the keys recorded before <paramref name="before"/>; the number deleted.</summary>
    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.EventKeys.PruneAsync(before, cancellationToken);
    }
}
