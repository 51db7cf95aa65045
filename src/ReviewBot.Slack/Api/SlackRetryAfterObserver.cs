using System.Net;

namespace ReviewBot.Slack.Api;

/// <summary>
/// Innermost on the Slack client, under the resilience pipeline: every 429 Slack answers, retried or not,
/// pauses its method's bucket for the whole process until its Retry-After (a second when Slack names none).
/// </summary>
public sealed class SlackRetryAfterObserver(SlackRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && SlackRateLimitHandler.SlackCallOf(request) is { } call)
        {
            limiter.Pause(call.Workspace, call.Method, response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }

        return response;
    }
}
