using ReviewBot.Host.Scheduling;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>Holds the jobs a pass queues instead of running them, as Hangfire's queue does until a worker is free.</summary>
public sealed class CollectingDispatcher : IDeliveryDispatcher
{
    private readonly List<(string WorkspaceId, string DeliveryKey)> _queued = [];

    public IReadOnlyList<(string WorkspaceId, string DeliveryKey)> Queued => _queued;

    public Task DispatchAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        _queued.Add((workspaceId, deliveryKey));
        return Task.CompletedTask;
    }
}
