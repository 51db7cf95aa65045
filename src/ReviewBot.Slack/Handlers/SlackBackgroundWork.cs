using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Work this host goes on with after Slack has its answer, a few items at a time, each failure logged. Never the
/// only copy of acknowledged work: that is recorded first (<see cref="Inbound.SlackInboundWork.ContinueHere"/>), and
/// what runs here otherwise (filling a profile) loses nothing acknowledged when the host stops.
/// </summary>
public sealed partial class SlackBackgroundWork(ILogger<SlackBackgroundWork> logger) : BackgroundService
{
    private readonly Channel<(string What, Func<CancellationToken, Task> Work)> _queue = Channel.CreateUnbounded<(string, Func<CancellationToken, Task>)>();

    private int _pending;

    public void Enqueue(string what, Func<CancellationToken, Task> work)
    {
        Interlocked.Increment(ref _pending);
        _queue.Writer.TryWrite((what, work));
    }

    /// <summary>Completes once nothing is queued or running (tests wait on it rather than on the clock).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _pending) > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>Items run a few at a time, so one waiting out a Retry-After does not hold up the rest.</summary>
    private const int Workers = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var (what, work) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, what, e.GetType().Name, e.Message);
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack background work '{What}' failed: {ErrorType}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string what, string errorType, string reason);
}
