using Hangfire;

namespace ReviewBot.Host.Scheduling;

/// <summary>One Hangfire background job per delivery, so that deliveries go out in parallel and one slow member waits alone.</summary>
public sealed class HangfireDeliveryDispatcher(IBackgroundJobClient jobs) : IDeliveryDispatcher
{
    public Task DispatchAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        jobs.Enqueue<DeliveryJobs>(j => j.SendAsync(workspaceId, deliveryKey, CancellationToken.None));
        return Task.CompletedTask;
    }
}
