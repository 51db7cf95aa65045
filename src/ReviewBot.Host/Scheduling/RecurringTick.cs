using Hangfire;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Registers the recurring tick at start-up and runs it once straight away, so that what fell due while the
/// host was down goes out now rather than at the next tick.
/// </summary>
public sealed class RecurringTick(IRecurringJobManager recurringJobs, IOptions<SchedulingOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<DeliveryJobs>(
            DeliveryJobs.TickJobId,
            j => j.TickAsync(CancellationToken.None),
            Cron.MinuteInterval(options.Value.TickMinutes));
        recurringJobs.Trigger(DeliveryJobs.TickJobId);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
