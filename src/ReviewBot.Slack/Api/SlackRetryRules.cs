using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace ReviewBot.Slack.Api;

/// <summary>
/// Which failed Slack calls the HTTP pipeline may send again. A call that creates something a person sees
/// (a message, an ephemeral, a shared file, a modal) is sent again only when Slack cannot have acted on it: a
/// 429 (Slack refused it), or a connection that was never made, so the request never left. A Web API call
/// refused with 429 is not retried by the pipeline but by <see cref="SlackRateLimitHandler"/>, after a fresh
/// turn that the 429's pause puts after its Retry-After; the pipeline retries the 429s of a response_url post,
/// which has no turns, after their Retry-After. A 5xx, a timeout or a connection dropped after sending may each
/// follow a message Slack did post, so those are not retried but reported as "outcome unknown"
/// (<see cref="SlackApiException.OutcomeUnknown"/>) for the caller to check before sending again. Every other
/// method reads or replaces state in place, so repeating it is harmless and it keeps the usual transient retries.
/// </summary>
public static class SlackRetryRules
{
    /// <summary>
    /// The methods that create something each time they are applied. views.open is among them: a retry cannot
    /// open a second modal (a trigger id is good for one view) but cannot succeed either once the first went
    /// through, and the trigger's 3 seconds are gone before the first backoff ends.
    /// </summary>
    private static readonly HashSet<string> MessageCreating = new(StringComparer.Ordinal)
    {
        "chat.postMessage",
        "chat.postEphemeral",
        "files.completeUploadExternal",
        "views.open",
        ResponseUrlMethod,
    };

    /// <summary>The label for a post to a command's or interaction's response_url, which creates a message too.</summary>
    public const string ResponseUrlMethod = "response_url";

    public static bool CreatesMessage(string method) => MessageCreating.Contains(method);

    /// <summary>The Web API method of a request to <c>…/api/{method}</c>: its URL's last segment.</summary>
    public static string? MethodOf(HttpRequestMessage? request) =>
        request?.RequestUri is { IsAbsoluteUri: true } uri ? uri.Segments[^1] : null;

    /// <summary>True when the request never reached the server: name lookup, connect or TLS set-up failed.</summary>
    public static bool NeverSent(Exception? failure) => failure is HttpRequestException
    {
        HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
    };

    /// <summary>The retry decision for one attempt's outcome of a call that does or does not create a message.</summary>
    /// <param name="refusalsRetriedOutside">True when <see cref="SlackRateLimitHandler"/> sends a 429'd call again itself, after a fresh turn.</param>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool createsMessage, bool refusalsRetriedOutside = false)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return !refusalsRetriedOutside;
        }

        if (NeverSent(outcome.Exception))
        {
            return true;
        }

        return !createsMessage && HttpClientResiliencePredicates.IsTransient(outcome);
    }

    /// <summary>True when a failure of a message-creating call leaves open whether Slack applied it.</summary>
    public static bool LeavesOutcomeOpen(Exception failure) =>
        !NeverSent(failure) && failure is HttpRequestException or IOException or TimeoutRejectedException or TaskCanceledException;

    /// <summary>True for an answer that may follow a message Slack did post: a server error.</summary>
    public static bool LeavesOutcomeOpen(HttpStatusCode status) => (int)status >= 500;

    /// <summary>
    /// The retry strategy for a pipeline where every call creates a message (a response_url client), or where
    /// the request's method says so (<paramref name="createsMessage"/> null: read from the request URL).
    /// </summary>
    public static HttpRetryStrategyOptions Strategy(SlackApiResilienceOptions settings, bool? createsMessage = null) => new()
    {
        MaxRetryAttempts = settings.MaxRetryAttempts,
        Delay = settings.BaseDelay,
        MaxDelay = settings.MaxDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args =>
        {
            var request = args.Context.GetRequestMessage();
            return ValueTask.FromResult(ShouldRetry(
                args.Outcome,
                createsMessage ?? (MethodOf(request) is { } method && CreatesMessage(method)),
                request?.Options.TryGetValue(SlackRateLimitHandler.RetriesRefusals, out var outside) == true && outside));
        },
    };
}
