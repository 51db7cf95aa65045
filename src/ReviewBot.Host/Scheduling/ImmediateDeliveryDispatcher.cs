namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Sends each delivery at once, one after another, and keeps the outcomes: an operator's <c>run</c> pass, whose
/// messages are written as of <paramref name="asOf"/> (its <c>--now</c>; null for now).
/// </summary>
public sealed class ImmediateDeliveryDispatcher(DeliverySender sender, DateTimeOffset? asOf = null) : IDeliveryDispatcher
{
    private readonly List<(string DeliveryKey, DeliveryOutcome Outcome)> _outcomes = [];

    public IReadOnlyList<(string DeliveryKey, DeliveryOutcome Outcome)> Outcomes => _outcomes;

    public async Task DispatchAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken) =>
        _outcomes.Add((deliveryKey, await sender.SendAsync(workspaceId, deliveryKey, asOf, cancellationToken)));
}
