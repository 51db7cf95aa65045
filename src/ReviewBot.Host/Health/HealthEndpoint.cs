using System.Data.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Host.Health;

public static partial class HealthEndpoint
{
    /// <summary><c>GET /healthz</c>: 200 when the database answers and its schema is current, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", CheckAsync);
        return endpoints;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> CheckAsync(
        MigrationRunner migrations, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            var schema = await migrations.GetStatusAsync(cancellationToken);
            var report = new HealthReport(schema.IsCurrent ? "healthy" : "unhealthy", "reachable", schema.CurrentVersion, schema.LatestVersion);
            return schema.IsCurrent ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException)
        {
            LogUnreachable(loggers.CreateLogger(typeof(HealthEndpoint)), e.GetType().Name);
            return TypedResults.Json(
                new HealthReport("unhealthy", "unreachable", null, MigrationRunner.LatestVersion),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check could not reach the database ({ErrorType})")]
    private static partial void LogUnreachable(ILogger logger, string errorType);
}

public sealed record HealthReport(string Status, string Database, int? SchemaVersion, int LatestSchemaVersion);
