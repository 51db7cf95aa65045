using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReviewBot.Storage.Migrations;

namespace ReviewBot.Host.Health;

/// <summary>
/// Healthy when the database answers and its schema is the one this build expects. The result names the
/// versions, never the error's text: a database error can carry a host name or a connection string.
/// </summary>
public sealed partial class DatabaseHealthCheck(MigrationRunner migrations, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public const string Name = "database";

    public const string SchemaVersion = "schemaVersion";

    public const string LatestSchemaVersion = "latestSchemaVersion";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var schema = await migrations.GetStatusAsync(cancellationToken);
            var data = new Dictionary<string, object> { [SchemaVersion] = schema.CurrentVersion, [LatestSchemaVersion] = schema.LatestVersion };
            return schema.IsCurrent
                ? HealthCheckResult.Healthy("reachable, schema current", data)
                : HealthCheckResult.Unhealthy($"reachable, schema at version {schema.CurrentVersion} of {schema.LatestVersion}", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Caught here rather than by the health check service, which would log the exception whole.
            LogUnreachable(logger, e.GetType().Name);
            return HealthCheckResult.Unhealthy("unreachable", data: new Dictionary<string, object> { [LatestSchemaVersion] = MigrationRunner.LatestVersion });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check could not reach the database ({ErrorType})")]
    private static partial void LogUnreachable(ILogger logger, string errorType);
}
