using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ReviewBot.Host.Health;
using ReviewBot.Host.Options;
using ReviewBot.Storage;
using ReviewBot.Storage.Migrations;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Storage;

public class PostgresStorageSettingsTests
{
    private const string Password = "hunter2-not-for-logs";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_host_on_postgres_migrates_its_database_reports_healthy_and_serves_the_playground()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(Ct);
        try
        {
            await using (var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
            {
                builder.UseSetting("Storage:Provider", "Postgres");
                builder.UseSetting("ConnectionStrings:ReviewBot", connectionString);
            }))
            {
                using var client = host.CreateClient();

                var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
                var demo = await client.PostAsync(new Uri("/playground/demo", UriKind.Relative), content: null, Ct);

                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.Equal(new HealthReport("healthy", "reachable", MigrationRunner.LatestVersion, MigrationRunner.LatestVersion), await health.Content.ReadFromJsonAsync<HealthReport>(Ct));
                Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
                var database = host.Services.GetRequiredService<Database>();
                Assert.Equal(StorageProvider.Postgres, database.Provider);
                var named = new NpgsqlConnectionStringBuilder(connectionString);
                Assert.Equal($"{named.Host}:{named.Port}/{named.Database}", database.DataSource);
                await using var session = await database.OpenSessionAsync(Ct);
                Assert.NotEmpty(await session.Workspaces.EnabledAsync(Ct));
            }
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    [Theory]
    [InlineData(null, "Storage:Provider is 'Postgres', so ConnectionStrings:ReviewBot must name the server")]
    [InlineData("Database=reviewbot;Username=bot;Password=" + Password, "ConnectionStrings:ReviewBot has no Host")]
    [InlineData("Host=db;Port=not-a-port;Password=" + Password, "ConnectionStrings:ReviewBot is not a PostgreSQL connection string")]
    [InlineData("Host=db;Nonsense Keyword=1;Password=" + Password, "ConnectionStrings:ReviewBot is not a PostgreSQL connection string")]
    public void A_postgres_setting_that_cannot_work_is_refused_naming_the_setting_never_the_password(string? connectionString, string message)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public void A_postgres_connection_string_that_parses_is_accepted_whatever_the_case_of_the_provider(string provider)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = provider, ConnectionString = "Host=db.example.com;Database=reviewbot;Username=bot;Password=" + Password });

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
