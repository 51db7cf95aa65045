using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReviewBot.Host.Health;

/// <summary>
/// Healthy when Hangfire's job storage answers a read: in memory it always does; on PostgreSQL it is the
/// database's <c>hangfire</c> schema, without which this host can neither queue nor run a delivery.
/// </summary>
public sealed partial class JobStorageHealthCheck(JobStorage storage, ILogger<JobStorageHealthCheck> logger) : IHealthCheck
{
    public const string Name = "jobs";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Hangfire's storage API is synchronous; off the request thread, the check's timeout still applies.
            await Task.Run(
                () =>
                {
                    using var connection = storage.GetConnection();
                    connection.GetAllEntriesFromHash("reviewbot:health");
                },
                cancellationToken);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, e.GetType().Name);
            return HealthCheckResult.Unhealthy("unreachable");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check could not reach the job storage ({ErrorType})")]
    private static partial void LogUnreachable(ILogger logger, string errorType);
}
