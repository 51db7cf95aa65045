using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReviewBot.Host.Hosting;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Hosting;

public class StartedOnceListeningTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_deferred_service_starts_after_every_other_service_and_once_the_host_has_started()
    {
        var deferred = new Probe();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.StartOnceListening(services => services.AddHostedService(_ => deferred));
        var later = new Probe();
        builder.Services.AddHostedService(_ => new Observer(later, deferred));
        using var host = builder.Build();

        await host.StartAsync(Ct);

        Assert.True(await Poll.UntilAsync(() => deferred.Started.Task.IsCompleted, Limit, Ct));
        Assert.False(later.StartedBefore, "a service registered after the deferred one saw it started already");
        await host.StopAsync(Ct);
        Assert.True(deferred.Stopped);
    }

    [Fact]
    public async Task A_deferred_service_that_fails_to_start_stops_the_host()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var failing = new Probe { Fails = true };
        builder.Services.StartOnceListening(services => services.AddHostedService(_ => failing));
        using var host = builder.Build();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();

        await host.StartAsync(Ct);

        Assert.True(await Poll.UntilAsync(() => lifetime.ApplicationStopping.IsCancellationRequested, Limit, Ct));
        await host.StopAsync(Ct);
        Assert.False(failing.Stopped, "a service that never started was asked to stop");
    }

    [Fact]
    public async Task A_host_that_stops_before_it_starts_never_starts_the_deferred_service()
    {
        var deferred = new Probe();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.StartOnceListening(services => services.AddHostedService(_ => deferred));
        // Stands for Kestrel finding its port taken: a service started after the deferred one fails.
        builder.Services.AddHostedService(_ => new Probe { Fails = true });
        using var host = builder.Build();

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync(Ct));
        await host.StopAsync(Ct);

        Assert.False(deferred.Started.Task.IsCompleted);
        Assert.False(deferred.Stopped);
    }

    [Fact]
    public void Only_the_hosted_services_of_the_registration_are_deferred()
    {
        var services = new ServiceCollection();
        services.AddHostedService(_ => new Probe());

        services.StartOnceListening(s => s.AddSingleton<Probe>().AddHostedService(_ => new Observer(new Probe(), new Probe())));

        Assert.Equal(3, services.Count);
        Assert.Equal(typeof(Probe), services[0].ImplementationFactory!.Method.ReturnType);
        Assert.Equal(typeof(Probe), services[1].ServiceType);
        Assert.Equal(typeof(IHostedService), services[2].ServiceType);
        Assert.NotEqual(typeof(Observer), services[2].ImplementationFactory!.Method.ReturnType);
    }

    private sealed class Probe : IHostedService
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Fails { get; init; }

        public bool Stopped { get; private set; }

        public bool StartedBefore { get; set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (Fails)
            {
                throw new InvalidOperationException("cannot start");
            }

            Started.TrySetResult();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            Stopped = true;
            return Task.CompletedTask;
        }
    }

    private sealed class Observer(Probe self, Probe deferred) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            self.StartedBefore = deferred.Started.Task.IsCompleted;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
