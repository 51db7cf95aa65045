// Usage: dotnet ReviewBot.Benchmarks.StartupFloor.dll bare|stack [--urls URL] [--Storage:DataFolder=FOLDER]
using Dapper;
using Hangfire;
using Microsoft.Data.Sqlite;

var stack = args.FirstOrDefault() switch
{
    "bare" => false,
    "stack" => true,
    _ => throw new ArgumentException("Say bare or stack first."),
};

var builder = WebApplication.CreateSlimBuilder(args);
var app = stack ? WithStack(builder) : builder.Build();
if (stack)
{
    var database = FloorJob.ConnectionString(app.Configuration);
    app.MapGet("/healthz", async () =>
    {
        await using var connection = new SqliteConnection(database);
        return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM floor_version") == 1 ? Results.Ok() : Results.StatusCode(503);
    });
    app.Lifetime.ApplicationStarted.Register(() =>
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<FloorJob>("floor-tick", job => job.Tick(), Cron.MinuteInterval(1));
        jobs.Trigger("floor-tick");
    });
}
else
{
    app.MapGet("/healthz", () => Results.Ok());
}

await app.RunAsync();

static WebApplication WithStack(WebApplicationBuilder builder)
{
    builder.Services.AddHangfire(configuration => configuration
        .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
        .UseSimpleAssemblyNameTypeSerializer()
        .UseRecommendedSerializerSettings()
        .UseInMemoryStorage());
    // As many workers as ReviewBot starts by default (Scheduling:Workers).
    builder.Services.AddHangfireServer(server => server.WorkerCount = 32);
    builder.Services.AddTransient<FloorJob>();
    var app = builder.Build();
    using var connection = new SqliteConnection(FloorJob.ConnectionString(app.Configuration));
    connection.Execute("PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS floor_version (version INTEGER NOT NULL); DELETE FROM floor_version; INSERT INTO floor_version VALUES (1);");
    return app;
}

/// <summary>The recurring job: one Dapper read, like a tick that finds nothing due.</summary>
internal sealed class FloorJob(IConfiguration configuration)
{
    public void Tick()
    {
        using var connection = new SqliteConnection(ConnectionString(configuration));
        connection.ExecuteScalar<long>("SELECT version FROM floor_version");
    }

    public static string ConnectionString(IConfiguration configuration) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(configuration["Storage:DataFolder"] ?? ".", "floor.db") }.ToString();
}
