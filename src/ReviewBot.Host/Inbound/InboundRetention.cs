using Microsoft.Extensions.Options;
using ReviewBot.Host.Options;
using ReviewBot.Storage;

namespace ReviewBot.Host.Inbound;

/// <summary>
/// Deletes event keys and finished inbound work once they are older than their retention, every
/// <see cref="InboundOptions.PruneInterval"/>, so the tables hold a week of traffic rather than all of it.
/// Any host may prune: deleting what another host deleted first deletes nothing. Used Slack install states go once
/// expired, when their link is refused as expired anyway.
/// </summary>
public sealed partial class InboundRetention(
    InboundEventLedger eventKeys,
    InboundWorkBacklog backlog,
    SlackInstallations installations,
    TimeProvider time,
    IOptions<InboundOptions> options,
    ILogger<InboundRetention> logger) : BackgroundService
{
    /// <summary>One pruning, now: the keys and the work items deleted.</summary>
    public async Task<(int EventKeys, int Work)> PruneAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keys = await eventKeys.PruneAsync(now - options.Value.EventKeyRetention, cancellationToken);
        var work = await backlog.PruneDoneAsync(now - options.Value.WorkRetention, cancellationToken);
        await installations.PruneStatesAsync(now, cancellationToken);
        if (keys + work > 0)
        {
            LogPruned(logger, keys, work);
        }

        return (keys, work);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PruneAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Nothing is lost by pruning late; the next tick tries again.
                    LogFailed(logger, e.GetType().Name, e.Message);
                }

                Pruned?.Invoke();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping, or never started (its port was taken): not a crash to report.
        }
    }

    /// <summary>Raised after each periodic pruning (tests wait on it instead of on the clock).</summary>
    public event Action? Pruned;

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {EventKeys} event keys and {Work} finished inbound work items past their retention")]
    private static partial void LogPruned(ILogger logger, int eventKeys, int work);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning inbound records failed ({ErrorType}: {Reason}); the next tick tries again")]
    private static partial void LogFailed(ILogger logger, string errorType, string reason);
}
