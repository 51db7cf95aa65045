using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>
/// The real host on a loopback port (Kestrel, not the in-memory test server), so a browser can reach it;
/// with its own data folder and a fake clock fixed on a Friday in the middle of 2026-Q4.
/// </summary>
internal sealed class PlaygroundHost : IAsyncDisposable
{
    /// <summary>Friday 20 November 2026: week 8 of 2026-Q4 for the team (Shanghai) and for every member.</summary>
    public static readonly DateTimeOffset FridayOfWeek8 = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();
    private readonly WebApplicationFactory<Program> _factory;

    public PlaygroundHost()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", _folder.FullPath);
            // The scheduler would send prompts of its own in the middle of these tests; its tests turn it on.
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
            });
        });
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
    }

    public FakeTimeProvider Time { get; } = new(FridayOfWeek8);

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    /// <summary>The host's services, to send what the scheduler would (a prompt, a channel post) without running it.</summary>
    public IServiceProvider Services => _factory.Services;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _folder.Dispose();
    }
}
