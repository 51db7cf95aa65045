using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ReviewBot.Host.Import;
using ReviewBot.Slack.Requests;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>
/// Two real host processes on ONE database (a PostgreSQL database of their own; without PostgreSQL the test
/// skips) and one fake Slack, with a team imported before they start. Everything the hosts share goes through
/// the database and Hangfire's tables in it; nothing else connects them.
/// </summary>
internal sealed class HostCluster : IAsyncDisposable
{
    public const string SigningSecret = "multi-host-signing-secret-5c1e0a9d";

    private static readonly string[] HostNames = ["A", "B"];

    private readonly TemporaryFolder folder = new();
    private readonly List<HostProcess> hosts = [];
    private string? connectionString;

    private HostCluster(FakeSlackServer slack) => Slack = slack;

    public FakeSlackServer Slack { get; }

    public Database Database { get; private set; } = null!;

    public HostProcess A => hosts[0];

    public HostProcess B => hosts[1];

    public IReadOnlyList<HostProcess> Hosts => hosts;

    /// <summary>The database, the fake Slack and the team (<paramref name="teamYaml"/>), then both hosts, started side by side.</summary>
    public static async Task<HostCluster> StartAsync(string teamYaml, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var cluster = new HostCluster(await FakeSlackServer.StartAsync(cancellationToken: cancellationToken));
        try
        {
            cluster.connectionString = await PostgresServer.CreateDatabaseAsync(cancellationToken);
            cluster.Database = Database.ForPostgres(cluster.connectionString);
            await new MigrationRunner(cluster.Database, TimeProvider.System).MigrateAsync(cancellationToken);
            var (file, errors) = OkrFileReader.Read(teamYaml);
            Assert.True(file is not null, string.Join('\n', errors));
            await new OkrImporter(cluster.Database).ImportAsync(file, dryRun: false, cancellationToken);

            var all = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Storage:Provider"] = "Postgres",
                ["ConnectionStrings:ReviewBot"] = cluster.connectionString,
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:BotToken"] = FakeSlackServer.DefaultBotToken,
                ["Slack:ApiBaseUrl"] = cluster.Slack.ApiBaseUrl.ToString(),
                ["Slack:Resilience:BaseDelay"] = "00:00:00.050",
                ["Scheduling:TickMinutes"] = "1",
                // The fake enforces Slack's limits only when a test asks, so the hosts' own pacing of a DM opening
                // (Slack's 50 a minute) would only slow the fan-outs down: a test that enforces them sets its own.
                ["Slack:RateLimits:CallsPerMinute:conversations.open"] = "60000",
            };
            foreach (var (key, value) in settings)
            {
                all[key] = value;
            }

            var starting = HostNames.Select(name =>
            {
                var workingFolder = Directory.CreateDirectory(Path.Combine(cluster.folder.FullPath, name)).FullName;
                return HostProcess.StartAsync(name, workingFolder, all, cancellationToken);
            }).ToList();
            try
            {
                await Task.WhenAll(starting);
            }
            finally
            {
                // Whichever started is disposed with the cluster, also when the other did not.
                cluster.hosts.AddRange(starting.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result));
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The user each successful chat.postMessage to a direct message went to, one entry per post.</summary>
    public IReadOnlyList<string> DirectMessagesPosted()
    {
        // The fake gives each user one DM channel, opened with conversations.open.
        var userOfChannel = Slack.CallsTo("conversations.open").Select(c => c.Arg("users")).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(user => (User: user, Channel: Slack.DirectMessageWith(user)))
            .Where(p => p.Channel is not null)
            .ToDictionary(p => p.Channel!, p => p.User, StringComparer.Ordinal);
        return [.. Slack.CallsTo("chat.postMessage")
            .Where(c => c.StatusCode == 200 && c.Arg("channel") is { } channel && (channel.StartsWith('D') || channel.StartsWith('U')))
            .Select(c => c.Arg("channel")!)
            .Select(channel => userOfChannel.GetValueOrDefault(channel, channel))];
    }

    /// <summary>
    /// Waits until <paramref name="count"/> reaches <paramref name="target"/>, for as long as it keeps growing:
    /// false once it has not grown for <paramref name="stall"/> (or after <paramref name="cap"/> in all). On a
    /// busy machine the hosts are slow but steady; a lost delivery is a count that stops short for good.
    /// </summary>
    public static async Task<bool> WaitForAllAsync(Func<int> count, int target, TimeSpan stall, TimeSpan cap, CancellationToken cancellationToken)
    {
        var seen = count();
        var lastGrowth = DateTime.UtcNow;
        await Poll.UntilAsync(
            () =>
            {
                var now = count();
                if (now > seen)
                {
                    (seen, lastGrowth) = (now, DateTime.UtcNow);
                }

                return seen >= target || DateTime.UtcNow - lastGrowth > stall;
            },
            cap,
            cancellationToken);
        return seen >= target;
    }

    /// <summary>Waits, bounded, until <paramref name="done"/> holds; returns whether it did.</summary>
    public static Task<bool> WaitUntilAsync(Func<bool> done, TimeSpan limit, CancellationToken cancellationToken) =>
        Poll.UntilAsync(done, limit, cancellationToken);

    /// <summary>A request to one host signed as Slack signs it, now by the real clock.</summary>
    public static HttpRequestMessage Signed(string path, string body, string contentType)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path.TrimStart('/'), UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackRequestVerifier.Sign(SigningSecret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static Task<HttpResponseMessage> InteractAsync(HostProcess host, JsonObject payload, CancellationToken cancellationToken) =>
        host.Client.SendAsync(Signed("/slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded"), cancellationToken);

    public static Task<HttpResponseMessage> EventAsync(HostProcess host, JsonObject envelope, CancellationToken cancellationToken) =>
        host.Client.SendAsync(Signed("/slack/events", envelope.ToJsonString(), "application/json"), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await Slack.DisposeAsync();
        if (connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }

        folder.Dispose();
    }
}
