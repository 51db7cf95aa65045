using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Host.Health;

public static class HealthEndpoint
{
    /// <summary>Tag of the checks a load balancer waits for before it sends this host traffic.</summary>
    public const string Ready = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The database and job storage checks, each bounded so a hung dependency answers 503, not never.</summary>
    public static IHostApplicationBuilder AddReviewBotHealth(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [Ready], timeout: CheckTimeout)
            .AddCheck<JobStorageHealthCheck>(JobStorageHealthCheck.Name, tags: [Ready], timeout: CheckTimeout);
        return builder;
    }

    /// <summary>
    /// <c>GET /healthz</c>: 200 when the database answers with its schema current and the job storage answers,
    /// 503 otherwise, with the database's state in the body. <c>GET /healthz/ready</c>: the same checks, for a
    /// load balancer. <c>GET /healthz/live</c>: the process answers, whatever its dependencies do, so that a
    /// database outage does not get every host restarted.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync);
        endpoints.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        endpoints.MapHealthChecks("/healthz/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return endpoints;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(check => check.Tags.Contains(Ready), cancellationToken);
        var database = report.Entries[DatabaseHealthCheck.Name];
        var body = new HealthReport(
            report.Status == HealthStatus.Unhealthy ? "unhealthy" : "healthy",
            database.Data.ContainsKey(DatabaseHealthCheck.SchemaVersion) ? "reachable" : "unreachable",
            database.Data.TryGetValue(DatabaseHealthCheck.SchemaVersion, out var version) ? (int)version : null,
            MigrationRunner.LatestVersion);
        return report.Status == HealthStatus.Unhealthy
            ? TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable)
            : TypedResults.Ok(body);
    }
}

/// <summary>The body of <c>/healthz</c>: kept as it was before the checks were split, for monitors that read it.</summary>
public sealed record HealthReport(string Status, string Database, int? SchemaVersion, int LatestSchemaVersion);
