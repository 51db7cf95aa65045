using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace ReviewBot.Teams.Connector;

/// <summary>
/// Which failed Bot Connector calls the HTTP pipeline may send again. Sending an activity (a new message or
/// a reply: POST …/activities) creates a message each time it is applied, so it is retried only when the
/// connector cannot have acted on it: a 429 (wait for Retry-After), or a connection never made. A 5xx, a
/// timeout or a connection dropped after sending may follow a message Teams did deliver, so those are
/// reported as "outcome unknown" (<see cref="ConnectorException.OutcomeUnknown"/>) instead. Updates (PUT),
/// reads and creating a 1:1 conversation (idempotent) keep the usual transient retries.
/// </summary>
public static class ConnectorRetryRules
{
    /// <summary>True for a request that posts an activity: a new message in a conversation, or a reply.</summary>
    public static bool SendsActivity(HttpRequestMessage? request) =>
        request is { RequestUri: { IsAbsoluteUri: true } uri } && request.Method == HttpMethod.Post
        && uri.AbsolutePath.Contains("/activities", StringComparison.Ordinal);

    /// <summary>True when the request never reached the server: name lookup, connect or TLS set-up failed.</summary>
    public static bool NeverSent(Exception? failure) => failure is HttpRequestException
    {
        HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
    };

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool sendsActivity) =>
        outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests || NeverSent(outcome.Exception)
        || (!sendsActivity && HttpClientResiliencePredicates.IsTransient(outcome));

    /// <summary>True when a failure of an activity send leaves open whether the connector delivered it.</summary>
    public static bool LeavesOutcomeOpen(Exception failure) =>
        !NeverSent(failure) && failure is HttpRequestException or IOException or TimeoutRejectedException or TaskCanceledException;

    /// <summary>
    /// The whole call's timeout, the retries above, each attempt's timeout; the standard handler's defaults for
    /// the numbers. No circuit breaker: one breaker for the client is shared by every member and tenant, so a
    /// burst of failures for one conversation would refuse everyone else's messages for its break time.
    /// </summary>
    public static void AddPipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var defaults = new HttpStandardResilienceOptions();
        pipeline
            .AddTimeout(defaults.TotalRequestTimeout.Timeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = defaults.Retry.MaxRetryAttempts,
                Delay = defaults.Retry.Delay,
                BackoffType = defaults.Retry.BackoffType,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, SendsActivity(args.Context.GetRequestMessage()))),
            })
            .AddTimeout(defaults.AttemptTimeout.Timeout);
    }
}
