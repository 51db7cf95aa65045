using System.Globalization;
using Hangfire;
using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Registers the recurring tick at start-up and runs it once straight away, so that what fell due while the
/// host was down goes out now rather than at the next tick. Several hosts on one job storage share the one
/// recurring job (<c>AddOrUpdate</c> of the same id and schedule changes nothing), and only the first host
/// to start within a tick's interval triggers it: a second pass right after the first would find nothing new
/// to claim, but would queue every delivery still in flight a second time.
/// </summary>
public sealed partial class RecurringTick(
    IRecurringJobManager recurringJobs,
    JobStorage storage,
    TimeProvider time,
    IOptions<SchedulingOptions> options,
    ILogger<RecurringTick> logger) : IHostedService
{
    private const string StartUpLock = "reviewbot:start-up-tick:lock";
    private const string StartUpHash = "reviewbot:start-up-tick";
    private const string TriggeredAt = "TriggeredAt";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.TickMinutes);
        recurringJobs.AddOrUpdate<DeliveryJobs>(
            DeliveryJobs.TickJobId,
            j => j.TickAsync(CancellationToken.None),
            Cron.MinuteInterval(options.Value.TickMinutes));

        using var connection = storage.GetConnection();
        using (connection.AcquireDistributedLock(StartUpLock, TimeSpan.FromSeconds(30)))
        {
            var now = time.GetUtcNow();
            if (LastStartUpTick(connection) is { } last && now - last < interval)
            {
                LogAlreadyTriggered(logger, last);
                return Task.CompletedTask;
            }

            connection.SetRangeInHash(StartUpHash, [new(TriggeredAt, now.ToString("O", CultureInfo.InvariantCulture))]);
            recurringJobs.Trigger(DeliveryJobs.TickJobId);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static DateTimeOffset? LastStartUpTick(Hangfire.Storage.IStorageConnection connection) =>
        connection.GetAllEntriesFromHash(StartUpHash)?.GetValueOrDefault(TriggeredAt) is { } stored
        && DateTimeOffset.TryParseExact(stored, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Another host ran the start-up tick at {TriggeredAt}; this one waits for the next")]
    private static partial void LogAlreadyTriggered(ILogger logger, DateTimeOffset triggeredAt);
}
