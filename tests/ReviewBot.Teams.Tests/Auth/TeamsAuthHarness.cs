using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Teams.Auth;
using ReviewBot.Testing;

namespace ReviewBot.Teams.Tests.Auth;

/// <summary>A fake Bot Framework, and the validator and provider AddTeamsAuth builds against it, on a fake clock with captured logs.</summary>
internal sealed class TeamsAuthHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;

    private TeamsAuthHarness(FakeBotFramework bot, ServiceProvider services, FakeTimeProvider time, CapturingLoggerProvider logs)
    {
        Bot = bot;
        this.services = services;
        Time = time;
        Logs = logs;
    }

    public FakeBotFramework Bot { get; }

    public FakeTimeProvider Time { get; }

    public CapturingLoggerProvider Logs { get; }

    public BotTokenValidator Validator => services.GetRequiredService<BotTokenValidator>();

    public BotTokenProvider Provider => services.GetRequiredService<BotTokenProvider>();

    public static async Task<TeamsAuthHarness> StartAsync(Action<Dictionary<string, string?>>? configure = null, string? fakeTenantId = null)
    {
        var time = new FakeTimeProvider(Start);
        var bot = await FakeBotFramework.StartAsync(
            time,
            tenantId: fakeTenantId ?? FakeBotFramework.DefaultTenantId,
            cancellationToken: TestContext.Current.CancellationToken);
        var settings = new Dictionary<string, string?>
        {
            ["Teams:AppId"] = bot.AppId,
            ["Teams:AppPassword"] = bot.AppPassword,
            ["Teams:TenantId"] = bot.TenantId,
            ["Teams:OpenIdMetadataUrl"] = bot.OpenIdMetadataUrl.ToString(),
            ["Teams:TokenEndpoint"] = bot.TokenEndpoint,
        };
        configure?.Invoke(settings);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<TimeProvider>(time)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddTeamsAuth();
        services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(bot.CreateTrustingHandler);
        var provider = services
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new TeamsAuthHarness(bot, provider, time, logs);
    }

    public Task<BotAuthResult> ValidateAsync(string? authorization, string? channelId = FakeBotFramework.Teams, string? serviceUrl = FakeBotFramework.DefaultServiceUrl) =>
        Validator.ValidateAsync(authorization, channelId, serviceUrl, TestContext.Current.CancellationToken);

    public Task<BotAuthResult> ValidateAsync(FakeBotToken token) => ValidateAsync(Bot.AuthorizationHeader(token));

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
