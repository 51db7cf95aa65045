using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Host.Health;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Health;

/// <summary>The health endpoints over real HTTP (Kestrel on a loopback port), as a load balancer calls them.</summary>
public sealed class HealthEndpointTests : IAsyncDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly CapturingLoggerProvider logs = new();
    private readonly WebApplicationFactory<Program> factory;
    private readonly HttpClient client;

    public HealthEndpointTests()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:DataFolder", folder.FullPath);
            builder.UseSetting("Scheduling:Enabled", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs));
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        client = factory.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabaseFile => folder.File("reviewbot.db");

    [Fact]
    public async Task Ready_answers_200_naming_each_check_when_the_database_and_the_job_storage_answer()
    {
        var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"status":"healthy","checks":{"database":"healthy","jobs":"healthy"}}""",
            await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_schema_behind_makes_ready_and_healthz_503_while_live_stays_200()
    {
        await using (var connection = await Database.ForFile(DatabaseFile).OpenAsync(Ct))
        {
            await connection.ExecuteAsync("DELETE FROM schema_version");
        }

        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("unhealthy", (await ready.Content.ReadFromJsonAsync<JsonObject>(Ct))!["checks"]!["database"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(new HealthReport("unhealthy", "reachable", 0, MigrationRunner.LatestVersion), await health.Content.ReadFromJsonAsync<HealthReport>(Ct));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("""{"status":"healthy","checks":{}}""", await live.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_unreachable_database_answers_503_without_the_error_or_the_path_in_the_response_or_the_log()
    {
        // A folder where the database file was: SQLite can no longer open it.
        SqliteConnection.ClearAllPools();
        File.Delete(DatabaseFile);
        File.Delete(DatabaseFile + "-wal");
        File.Delete(DatabaseFile + "-shm");
        Directory.CreateDirectory(DatabaseFile);
        var logsBefore = logs.Logs.Count;

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative), Ct);
        var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(new HealthReport("unhealthy", "unreachable", null, MigrationRunner.LatestVersion), await health.Content.ReadFromJsonAsync<HealthReport>(Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("""{"status":"unhealthy","checks":{"database":"unhealthy","jobs":"healthy"}}""", await ready.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var bodies = await health.Content.ReadAsStringAsync(Ct) + await ready.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(folder.FullPath, bodies, StringComparison.Ordinal);
        var written = logs.Logs.Skip(logsBefore).ToList();
        Assert.Contains(written, l => l.Message == "Health check could not reach the database (SqliteException)");
        Assert.DoesNotContain(written, l => l.Contains(folder.FullPath) || l.Contains("unable to open"));
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        folder.Dispose();
    }
}
