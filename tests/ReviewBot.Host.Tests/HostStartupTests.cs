using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Host.Health;
using ReviewBot.Host.Scheduling;
using ReviewBot.Host.Storage;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests;

public class HostStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    [Fact]
    public async Task Starts_with_only_a_data_folder_creates_the_database_and_reports_healthy()
    {
        using var folder = new TemporaryFolder();
        await using var host = Host(("Storage:DataFolder", folder.FullPath));
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new HealthReport("healthy", "reachable", MigrationRunner.LatestVersion, MigrationRunner.LatestVersion), await response.Content.ReadFromJsonAsync<HealthReport>(Ct));
        Assert.True(File.Exists(folder.File("reviewbot.db")));
    }

    [Fact]
    public async Task Uses_the_connection_string_when_one_is_set()
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.FullPath, "nested", "bot.sqlite");
        await using var host = Host(("ConnectionStrings:ReviewBot", $"Data Source={file}"));
        using var client = host.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(file));
    }

    [Theory]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider is 'Oracle'; it must be Sqlite or Postgres.")]
    [InlineData("ConnectionStrings:ReviewBot", "Nonsense Keyword=1", "ConnectionStrings:ReviewBot is not a SQLite connection string")]
    [InlineData("Storage:DataFolder", " ", "Storage:DataFolder is empty")]
    [InlineData("Scheduling:TickMinutes", "0", "Scheduling:TickMinutes is 0; it must be from 1 to 30")]
    [InlineData("Scheduling:ReminderDelayHours", "200", "Scheduling:ReminderDelayHours is 200; it must be from 1 to 144 hours")]
    [InlineData("Scheduling:ReviewPostTime", "10am", "Scheduling:ReviewPostTime is '10am'; write a 24-hour time like 10:00.")]
    [InlineData("Scheduling:MaxAttempts", "0", "Scheduling:MaxAttempts is 0; it must be from 1 to 20.")]
    public async Task A_wrong_setting_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        using var folder = new TemporaryFolder();
        // The host's own builder and registrations, started as Program starts them; the test server's
        // disposal after a failed start is not what is under test here.
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = folder.FullPath, [key] = value });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddReviewBotStorage();
        builder.AddReviewBotScheduling();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(Ct));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_start_on_a_database_written_by_a_newer_version()
    {
        using var folder = new TemporaryFolder();
        var database = Database.ForFile(folder.File("reviewbot.db"));
        await new MigrationRunner(database, TimeProvider.System).MigrateAsync(Ct);
        await using (var connection = await database.OpenAsync(Ct))
        {
            await connection.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', '2030-01-01T00:00:00.0000000Z')");
        }

        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataFolder"] = folder.FullPath });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddReviewBotStorage();
        builder.Services.AddHostedService<DatabaseMigrator>();
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<DatabaseTooNewException>(() => app.StartAsync(Ct));
        Assert.Contains("written by a newer ReviewBot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_unavailable_when_the_schema_is_behind()
    {
        using var folder = new TemporaryFolder();
        await using var host = Host(("Storage:DataFolder", folder.FullPath));
        using var client = host.CreateClient();
        await using (var connection = await Database.ForFile(folder.File("reviewbot.db")).OpenAsync(Ct))
        {
            await connection.ExecuteAsync("DELETE FROM schema_version");
        }

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", (await response.Content.ReadFromJsonAsync<HealthReport>(Ct))!.Status);
    }
}
