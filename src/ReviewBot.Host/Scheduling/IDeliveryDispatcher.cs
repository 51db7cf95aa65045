namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Where a claimed delivery goes to be sent: Hangfire's queue in the host (one background job each, sent in
/// parallel), or straight away in an operator's <c>run</c> pass, which prints each outcome.
/// </summary>
public interface IDeliveryDispatcher
{
    Task DispatchAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken);
}
