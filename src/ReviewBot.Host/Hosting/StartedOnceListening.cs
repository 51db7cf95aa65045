namespace ReviewBot.Host.Hosting;

/// <summary>
/// Starts a hosted service once the host listens (<see cref="IHostApplicationLifetime.ApplicationStarted"/>)
/// instead of before: ASP.NET Core starts every hosted service before Kestrel, so work that nothing in a
/// request waits for (Hangfire's workers, the start-up tick) would otherwise hold back <c>/healthz</c>.
/// A failure to start still stops the host, as it would have before it listened.
/// </summary>
internal sealed partial class StartedOnceListening(
    IHostedService inner,
    IHostApplicationLifetime lifetime,
    ILogger<StartedOnceListening> logger) : IHostedService
{
    private CancellationTokenRegistration _onStarted;
    private Task<bool>? _starting;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _onStarted = lifetime.ApplicationStarted.Register(() => _starting = Task.Run(StartInnerAsync));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Disposing waits for a callback already running, so after it either _starting is set or it never will be
        // (the host stopped before it listened, e.g. its port was taken) and there is nothing to stop.
        await _onStarted.DisposeAsync();
        if (Volatile.Read(ref _starting) is { } starting && await starting)
        {
            await inner.StopAsync(cancellationToken);
        }
    }

    private async Task<bool> StartInnerAsync()
    {
        try
        {
            await inner.StartAsync(lifetime.ApplicationStopping);
            return true;
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception e)
        {
            LogFailed(logger, inner.GetType().Name, e);
            lifetime.StopApplication();
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Service} could not start; the host stops")]
    private static partial void LogFailed(ILogger logger, string service, Exception exception);
}
