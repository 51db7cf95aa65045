using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReviewBot.Host.Health;

/// <summary>
/// <c>{"status":"healthy","checks":{"database":"healthy","jobs":"healthy"}}</c>: each check's state and nothing
/// else, since descriptions and exceptions can name servers a load balancer's log has no business keeping.
/// </summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new ChecksBody(
            Word(report.Status),
            report.Entries.ToDictionary(e => e.Key, e => Word(e.Value.Status), StringComparer.Ordinal));
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }

    private static string Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    private sealed record ChecksBody(string Status, IReadOnlyDictionary<string, string> Checks);
}
