using ReviewBot.Core.Conversation;

namespace ReviewBot.Storage;

/// <summary>The platform deliveries already acted on, in the <c>deliveries</c> table the check-in submissions use too.</summary>
public sealed class ProcessedDeliveries(Database database, TimeProvider time) : IProcessedDeliveries
{
    public async Task<bool> TryRecordAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        return await session.Deliveries.TryRecordAsync(workspaceId, deliveryKey, time.GetUtcNow(), cancellationToken);
    }

    public async Task ForgetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenWriterAsync(cancellationToken);
        await session.Deliveries.ForgetAsync(workspaceId, deliveryKey, cancellationToken);
    }
}
