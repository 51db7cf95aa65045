using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Host.Import;
using ReviewBot.Storage;
using ReviewBot.Teams.Auth;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>
/// The real host on loopback with Teams configured against a local OpenID provider and token endpoint, a
/// fake Bot Connector as every activity's serviceUrl, the demo team imported into the fake tenant, and a
/// clock fixed on Friday of week 8 of 2026-Q4.
/// </summary>
internal sealed class TeamsHost : IAsyncDisposable
{
    public const string AndyAad = "8d3a4c52-5f0e-4d8e-9a61-0a1c2b3d4e01";
    public const string BenAad = "8d3a4c52-5f0e-4d8e-9a61-0a1c2b3d4e02";
    public const string BotId = "28:reviewbot";

    private readonly TemporaryFolder _folder = new();
    private WebApplicationFactory<Program> _factory = null!;
    private int _activityIds;

    private TeamsHost(FakeBotFramework botFramework, FakeBotConnector connector)
    {
        BotFramework = botFramework;
        Connector = connector;
    }

    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    public FakeTimeProvider Time { get; private init; } = NewClock();

    public FakeBotFramework BotFramework { get; }

    public FakeBotConnector Connector { get; }

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything the host logged.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _factory.Services;

    /// <param name="editFile">Changes the demo OKR file before it is imported (a member without a locale).</param>
    public static async Task<TeamsHost> StartAsync(CancellationToken cancellationToken, Func<string, string>? editFile = null)
    {
        var time = NewClock();
        var botFramework = await FakeBotFramework.StartAsync(time, cancellationToken: cancellationToken);
        var connector = await FakeBotConnector.StartAsync(token => botFramework.IssuedTokens.Contains(token), cancellationToken);
        var host = new TeamsHost(botFramework, connector) { Time = time };
        host._factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", host._folder.FullPath);
            // The scheduler would send prompts of its own in the middle of these tests; its tests turn it on.
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.UseSetting("Teams:AppId", botFramework.AppId);
            builder.UseSetting("Teams:AppPassword", botFramework.AppPassword);
            builder.UseSetting("Teams:TenantId", botFramework.TenantId);
            builder.UseSetting("Teams:OpenIdMetadataUrl", botFramework.OpenIdMetadataUrl.ToString());
            builder.UseSetting("Teams:TokenEndpoint", botFramework.TokenEndpoint);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(time);
                services.AddSingleton<ILoggerProvider>(host.Logs);
                services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(botFramework.CreateTrustingHandler);
            });
        });
        host._factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        host._factory.StartServer();
        host.Client = host._factory.CreateClient();

        var yaml = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml"), cancellationToken))
            .Replace("  platform: playground", "  platform: teams", StringComparison.Ordinal)
            .Replace("  id: demo", $"  id: {botFramework.TenantId}", StringComparison.Ordinal);
        await new OkrImporter(host.Services.GetRequiredService<Database>()).ImportAsync(OkrFileReader.Read(editFile is null ? yaml : editFile(yaml)).File!, dryRun: false, cancellationToken);
        return host;
    }

    /// <summary>An activity as Teams would send it from a user, in a personal chat unless a conversation is given.</summary>
    public JsonObject Activity(string type, string userId, string aadObjectId, string? text = null, string? conversationId = null, string conversationType = "personal") => new()
    {
        ["type"] = type,
        ["id"] = $"activity-{Interlocked.Increment(ref _activityIds)}",
        ["timestamp"] = Time.GetUtcNow().ToString("O"),
        ["serviceUrl"] = Connector.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ReviewBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId ?? $"a:{userId}", ["conversationType"] = conversationType, ["tenantId"] = BotFramework.TenantId },
        ["text"] = text,
    };

    public Task<HttpResponseMessage> SendAsync(JsonObject activity, CancellationToken cancellationToken, FakeBotToken? token = null) =>
        SendRawAsync(activity.ToJsonString(), BotFramework.AuthorizationHeader((token ?? new FakeBotToken()) with { ServiceUrl = token?.ServiceUrl ?? Connector.ServiceUrl.ToString() }), cancellationToken);

    public async Task<HttpResponseMessage> SendRawAsync(string body, string? authorization, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        await BotFramework.DisposeAsync();
        _folder.Dispose();
    }
}
