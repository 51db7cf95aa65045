using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Inbound;

/// <summary>
/// Runs the acknowledged events' work from the database: takes pending rows with a short lease, runs each kind's
/// follow-up from its stored payload, marks it done. Woken at once when this host records work; otherwise it
/// looks every <see cref="SlackOptions.InboundPollSeconds"/> for work a stopped host left once its lease ran out.
/// </summary>
public sealed partial class SlackInboundWorker(
    IServiceScopeFactory scopes,
    IInboundWorkBacklog backlog,
    IEnumerable<SlackFollowUpRoute> routes,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackInboundWorker> logger) : BackgroundService
{
    /// <summary>Items taken per look; a few run at once, so one waiting out a Retry-After does not hold up the rest.</summary>
    private const int Batch = 16;

    private const int Parallel = 4;

    private readonly Dictionary<string, SlackFollowUpRoute> _routes = routes.ToDictionary(r => r.Kind, StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);
    private int _pending;

    /// <summary>Work was recorded here: look now rather than at the next poll.</summary>
    public void Wake()
    {
        Interlocked.Increment(ref _pending);
        _wake.Release();
    }

    /// <summary>Completes once every wake-up so far has been followed by a look that found nothing left (tests wait on it).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _pending) > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wakes = Volatile.Read(ref _pending);
            try
            {
                while (await PassAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database is away: the rows wait there, and the next look takes them.
                LogPassFailed(logger, e.GetType().Name, e.Message);
            }
            finally
            {
                Interlocked.Add(ref _pending, -wakes);
            }

            await WaitAsync(stoppingToken);
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var poll = Task.Delay(TimeSpan.FromSeconds(options.Value.InboundPollSeconds), time, waiting.Token);
        var woken = _wake.WaitAsync(waiting.Token);
        await Task.WhenAny(poll, woken);
        await waiting.CancelAsync();
        try
        {
            await Task.WhenAll(poll, woken);
        }
        catch (OperationCanceledException)
        {
            // The one that did not finish was cancelled; a wake-up it would have taken stays counted in the semaphore.
        }
    }

    /// <summary>One look: the items taken.</summary>
    private async Task<int> PassAsync(CancellationToken stoppingToken)
    {
        var items = await backlog.TakeAsync(Batch, options.Value.InboundLease, stoppingToken);
        await System.Threading.Tasks.Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = stoppingToken }, (item, ct) => new ValueTask(RunAsync(item, ct)));
        return items.Count;
    }

    private async Task RunAsync(InboundWork item, CancellationToken stoppingToken)
    {
        if (!_routes.TryGetValue(item.Kind, out var route))
        {
            await GiveUpAsync(item, $"no follow-up handles kind '{item.Kind}'");
            return;
        }

        if (item.Attempts > options.Value.InboundMaxAttempts)
        {
            // Taken this often without an outcome: the hosts that took it stopped during it. Not again.
            await GiveUpAsync(item, $"taken {item.Attempts - 1} times without finishing");
            return;
        }

        if (Read(route, item) is not { } payload)
        {
            await GiveUpAsync(item, "its stored payload is unreadable");
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var workspaces = scope.ServiceProvider.GetRequiredService<SlackWorkspaces>();
            if (await workspaces.FindByIdAsync(item.WorkspaceId, stoppingToken) is not { Enabled: true } workspace)
            {
                // Disabled (uninstalled) since: nobody to answer there.
                LogWorkspaceGone(logger, item.EventKey, item.WorkspaceId);
                await backlog.MarkDoneAsync(item.WorkspaceId, item.EventKey, CancellationToken.None);
                return;
            }

            await route.Finish(scope.ServiceProvider, workspace, payload, stoppingToken);
            await backlog.MarkDoneAsync(item.WorkspaceId, item.EventKey, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: the lease runs out and the item is taken again, here after a restart or elsewhere.
        }
        catch (Exception e)
        {
            await FailedAttemptAsync(item, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private SlackPayload? Read(SlackFollowUpRoute route, InboundWork item)
    {
        try
        {
            return route.Read(item.Payload);
        }
        catch (JsonException e)
        {
            LogUnreadable(logger, item.EventKey, e.Message);
            return null;
        }
    }

    private async Task FailedAttemptAsync(InboundWork item, string reason)
    {
        if (item.Attempts >= options.Value.InboundMaxAttempts)
        {
            await GiveUpAsync(item, reason);
            return;
        }

        // Backs off a little more each time; the lease already keeps other hosts away meanwhile.
        var retryAt = time.GetUtcNow() + TimeSpan.FromSeconds(10 * item.Attempts);
        LogRetrying(logger, item.Kind, item.EventKey, item.Attempts, reason);
        await backlog.RetryLaterAsync(item.WorkspaceId, item.EventKey, reason, retryAt, CancellationToken.None);
    }

    private async Task GiveUpAsync(InboundWork item, string reason)
    {
        LogGaveUp(logger, item.Kind, item.EventKey, item.Attempts, reason);
        await backlog.MarkFailedAsync(item.WorkspaceId, item.EventKey, reason, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound work {Kind} {EventKey} failed on attempt {Attempt}, tried again later: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string kind, string eventKey, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound work {Kind} {EventKey} marked failed after attempt {Attempt}: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, string kind, string eventKey, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound work {EventKey} has a payload that does not read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string eventKey, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound work {EventKey} dropped: workspace {WorkspaceId} is no longer enabled")]
    private static partial void LogWorkspaceGone(ILogger logger, string eventKey, string workspaceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for inbound work failed ({ErrorType}: {Reason}); the next look tries again")]
    private static partial void LogPassFailed(ILogger logger, string errorType, string reason);
}
