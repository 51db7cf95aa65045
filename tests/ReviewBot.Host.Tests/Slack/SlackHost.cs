using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ReviewBot.Host.Import;
using ReviewBot.Slack.Requests;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// The real host on a loopback port with Slack configured against a fake Slack Web API, the demo team
/// imported into the fake's Slack workspace, and a clock fixed on Friday of week 8 of 2026-Q4.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-8f742231b10e8888";

    private readonly TemporaryFolder _folder;
    private readonly bool _ownsDatabaseAndSlack;
    private int _commandsSent;
    private bool _stopped;
    private WebApplicationFactory<Program> _factory = null!;

    private SlackHost(FakeSlackServer slack, TemporaryFolder folder, bool ownsDatabaseAndSlack)
    {
        Slack = slack;
        _folder = folder;
        _ownsDatabaseAndSlack = ownsDatabaseAndSlack;
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public FakeSlackServer Slack { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    /// <summary>The host's Storage:DataFolder, for an operator verb (another process's view) to write the same database.</summary>
    public string DataFolder => _folder.FullPath;

    /// <param name="sameDatabaseAs">
    /// Another host whose database and fake Slack this one shares (a second host, or the first one restarted); the
    /// OKR file is then not imported again, and disposing this host leaves both to the other.
    /// </param>
    /// <param name="socketMode">Socket Mode only: the fake's app-level token and no signing secret, as a workspace without a public URL runs.</param>
    /// <param name="settings">More configuration (Slack's OAuth client, say) for the host's fake Slack, set over the defaults.</param>
    public static async Task<SlackHost> StartAsync(
        CancellationToken cancellationToken,
        Func<string, string>? editFile = null,
        Action<IServiceCollection>? services = null,
        SlackHost? sameDatabaseAs = null,
        bool socketMode = false,
        Func<FakeSlackServer, IReadOnlyDictionary<string, string>>? settings = null)
    {
        var host = sameDatabaseAs is null
            ? new SlackHost(await FakeSlackServer.StartAsync(cancellationToken: cancellationToken), new TemporaryFolder(), ownsDatabaseAndSlack: true)
            : new SlackHost(sameDatabaseAs.Slack, sameDatabaseAs._folder, ownsDatabaseAndSlack: false);
        host._factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", host._folder.FullPath);
            // The scheduler would send prompts of its own in the middle of these tests; its tests turn it on.
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.UseSetting(socketMode ? "Slack:AppToken" : "Slack:SigningSecret", socketMode ? host.Slack.SocketMode.AppToken : SigningSecret);
            builder.UseSetting("Slack:BotToken", FakeSlackServer.DefaultBotToken);
            builder.UseSetting("Slack:ApiBaseUrl", host.Slack.ApiBaseUrl.ToString());
            builder.UseSetting("Slack:Resilience:BaseDelay", "00:00:00.020");
            foreach (var (key, value) in settings?.Invoke(host.Slack) ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(collection =>
            {
                collection.RemoveAll<TimeProvider>();
                collection.AddSingleton<TimeProvider>(host.Time);
                collection.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(host.Logs);
                services?.Invoke(collection);
            });
        });
        host._factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        host._factory.StartServer();
        host.Client = host._factory.CreateClient();
        if (sameDatabaseAs is not null)
        {
            return host;
        }

        var yaml = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Import", "Files", "export-sales.yaml"), cancellationToken))
            .Replace("  platform: playground", "  platform: slack", StringComparison.Ordinal)
            .Replace("  id: demo", $"  id: {FakeSlackServer.TeamId}", StringComparison.Ordinal);
        var file = OkrFileReader.Read(editFile is null ? yaml : editFile(yaml)).File!;
        await new OkrImporter(host.Services.GetRequiredService<Database>()).ImportAsync(file, dryRun: false, cancellationToken);
        return host;
    }

    /// <summary>A request signed as Slack signs it, at the fake clock's time unless told otherwise.</summary>
    public HttpRequestMessage Signed(string path, string body, string contentType, DateTimeOffset? at = null, string? secret = null)
    {
        var timestamp = (at ?? Time.GetUtcNow()).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackRequestVerifier.Sign(secret ?? SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    /// <summary>A signed <c>/review</c>; each call is a new invocation with its own trigger id unless one is given.</summary>
    /// <param name="teamId">The Slack workspace it comes from: the fake's own unless told.</param>
    public Task<HttpResponseMessage> CommandAsync(string userId, string text, CancellationToken cancellationToken, string? triggerId = null, string? teamId = null) =>
        Client.SendAsync(Signed("/slack/commands", CommandBody(userId, text, triggerId, teamId), "application/x-www-form-urlencoded"), cancellationToken);

    public string CommandBody(string userId, string text, string? triggerId = null, string? teamId = null) => string.Join('&', new Dictionary<string, string>
    {
        ["token"] = "legacy",
        ["team_id"] = teamId ?? FakeSlackServer.TeamId,
        ["channel_id"] = "C0SALES",
        ["user_id"] = userId,
        ["command"] = "/review",
        ["text"] = text,
        ["response_url"] = Slack.ResponseUrl($"cmd-{userId}").ToString(),
        ["trigger_id"] = triggerId ?? $"trigger-{userId}-{Interlocked.Increment(ref _commandsSent)}",
    }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    public Task<HttpResponseMessage> InteractAsync(JsonObject payload, CancellationToken cancellationToken) =>
        Client.SendAsync(Signed("/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded"), cancellationToken);

    public Task<HttpResponseMessage> EventAsync(JsonObject envelope, CancellationToken cancellationToken, int? retry = null)
    {
        var request = Signed("/slack/events", envelope.ToJsonString(), "application/json");
        if (retry is { } number)
        {
            request.Headers.Add("X-Slack-Retry-Num", number.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return Client.SendAsync(request, cancellationToken);
    }

    /// <summary>Waits, bounded, for background work to reach the fake Slack.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForCallsAsync(string method, int count, CancellationToken cancellationToken)
    {
        await Poll.UntilAsync(() => Slack.CallsTo(method).Count >= count, TimeSpan.FromSeconds(30), cancellationToken);
        return Slack.CallsTo(method);
    }

    /// <summary>Waits, bounded, until the work Slack was acknowledged before has all run.</summary>
    public async Task WaitForIdleAsync(CancellationToken cancellationToken)
    {
        // The worker first (it may hand nothing on), then what this host goes on with after an acknowledgement.
        await Services.GetRequiredService<ReviewBot.Slack.Handlers.Inbound.SlackInboundWorker>().WhenIdleAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackBackgroundWork>().WhenIdleAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    /// <summary>Stops the host (its background work with it) and keeps its database and fake Slack for another host.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            Client.Dispose();
            await _factory.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsDatabaseAndSlack)
        {
            await Slack.DisposeAsync();
            _folder.Dispose();
        }
    }
}
