using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;
using ReviewBot.Host.Playground;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Reports;

/// <summary>
/// The real host on a loopback port with the demo team loaded, a fake clock on Friday of week 8 of
/// 2026-Q4, fake documents unless real ones are asked for, and every log line kept. Disposing it stops the host whatever happened.
/// </summary>
internal sealed class ReportHost : IAsyncDisposable
{
    public static readonly DateTimeOffset FridayOfWeek8 = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    private readonly TemporaryFolder _folder = new();
    private readonly WebApplicationFactory<Program> _factory;

    private ReportHost(bool fakeDocuments, (string Key, string Value)[] settings)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", _folder.FullPath);
            builder.UseSetting("Scheduling:Enabled", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Time);
                if (fakeDocuments)
                {
                    services.RemoveAll<IReviewDocuments>();
                    services.AddSingleton<IReviewDocuments, FakeReviewDocuments>();
                }
                services.AddSingleton<ILoggerProvider>(Logs);
            });
        });
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public FakeTimeProvider Time { get; } = new(FridayOfWeek8);

    public CapturingLoggerProvider Logs { get; } = new();

    public Uri BaseAddress => _factory.ClientOptions.BaseAddress;

    public IServiceProvider Services => _factory.Services;

    public DemoLoadResult Demo { get; private set; } = null!;

    public Team Team { get; private set; } = null!;

    /// <summary>Starts the host and loads the demo team; the host is stopped again if that fails.</summary>
    public static Task<ReportHost> StartAsync(CancellationToken cancellationToken, params (string Key, string Value)[] settings) =>
        StartAsync(fakeDocuments: true, settings, cancellationToken);

    /// <summary>The same with the host's own charts and exports, for what a reader really sees and prints.</summary>
    public static Task<ReportHost> StartWithRealDocumentsAsync(CancellationToken cancellationToken) =>
        StartAsync(fakeDocuments: false, [], cancellationToken);

    private static async Task<ReportHost> StartAsync(bool fakeDocuments, (string Key, string Value)[] settings, CancellationToken cancellationToken)
    {
        var host = new ReportHost(fakeDocuments, settings);
        try
        {
            host._factory.StartServer();
            host.Demo = await host.Services.GetRequiredService<DemoTeam>().LoadAsync(cancellationToken);
            await using var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(cancellationToken);
            host.Team = (await session.Teams.FindByKeyAsync(host.Demo.WorkspaceId, DemoTeam.TeamKey, cancellationToken))!;
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient() => _factory.CreateClient();

    /// <summary>A new link to the demo team's review of <paramref name="quarter"/> (or one owner's).</summary>
    public Task<ReportLinks> ShareAsync(Quarter quarter, string locale, CancellationToken cancellationToken, string? personId = null) =>
        Services.GetRequiredService<IReviewReports>().ShareAsync(new ReportSubject(Demo.WorkspaceId, Team.Id, quarter, personId, locale), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Logs.Dispose();
        _folder.Dispose();
    }
}
