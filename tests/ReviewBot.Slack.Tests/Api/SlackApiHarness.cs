using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Api;
using ReviewBot.Testing;

namespace ReviewBot.Slack.Tests.Api;

/// <summary>A fake Slack, and a client built by AddSlackApi pointing at it, with millisecond backoff and captured logs.</summary>
internal sealed class SlackApiHarness : IAsyncDisposable
{
    public const int MaxRetryAttempts = 3;

    private readonly ServiceProvider services;

    private SlackApiHarness(FakeSlackServer slack, ServiceProvider services, CapturingLoggerProvider logs)
    {
        Slack = slack;
        this.services = services;
        Logs = logs;
        Client = services.GetRequiredService<SlackApiClient>();
        RateLimiter = services.GetRequiredService<SlackRateLimiter>();
    }

    /// <summary>The process's turns, to wait until a 429 has paused a method.</summary>
    public SlackRateLimiter RateLimiter { get; }

    public FakeSlackServer Slack { get; }

    public SlackApiClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    /// <param name="settings">More configuration, added over the defaults (rate limits, say).</param>
    public static async Task<SlackApiHarness> StartAsync(
        string? clientToken = null, Uri? apiBaseUrl = null, string attemptTimeout = "00:00:05", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var slack = await FakeSlackServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Slack:SigningSecret"] = "test-signing-secret",
                ["Slack:BotToken"] = clientToken ?? slack.BotToken,
                ["Slack:ApiBaseUrl"] = (apiBaseUrl ?? slack.ApiBaseUrl).ToString(),
                ["Slack:Resilience:MaxRetryAttempts"] = MaxRetryAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Slack:Resilience:BaseDelay"] = "00:00:00.001",
                ["Slack:Resilience:AttemptTimeout"] = attemptTimeout,
                ["Slack:Resilience:TotalTimeout"] = "00:00:20",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddSlackApi()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new SlackApiHarness(slack, services, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
