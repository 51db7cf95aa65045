using Hangfire;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// The Hangfire jobs. Hangfire's own retries are off: the database holds each delivery's attempts and
/// backoff, which survive a restart of in-memory job storage and are shared by every host.
/// </summary>
public sealed class DeliveryJobs(DeliveryPass pass, DeliverySender sender)
{
    public const string TickJobId = "reviewbot-deliveries-tick";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [JobDisplayName("What is due now")]
    public Task TickAsync(CancellationToken cancellationToken) => pass.RunAsync(DeliveryScope.Everything, cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Send {1}")]
    public Task SendAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken) =>
        sender.SendAsync(workspaceId, deliveryKey, cancellationToken);
}
