using System.Net.Http.Json;

namespace ReviewBot.Slack.Api;

/// <summary>
/// Outermost on the Slack client: each call waits its turn in <see cref="SlackRateLimiter"/> before the
/// resilience pipeline starts, so the wait counts against neither an attempt's timeout nor the call's total.
/// </summary>
public sealed class SlackRateLimitHandler(SlackRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (SlackCallOf(request) is { } call)
        {
            await limiter.WaitTurnAsync(call.Workspace, call.Method, ChannelOf(request), cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>The workspace (its bot token) and Web API method of a call; null for what is no Web API call (an upload URL).</summary>
    internal static (string Workspace, string Method)? SlackCallOf(HttpRequestMessage request) =>
        request.Headers.Authorization is { Parameter: { Length: > 0 } token } && request.RequestUri is { } uri
            ? (token, uri.Segments[^1])
            : null;

    // The request object is still at hand, not yet serialized: no body is read to find the channel.
    private static string? ChannelOf(HttpRequestMessage request) =>
        request.Content is JsonContent { Value: PostMessageRequest post } ? post.Channel : null;
}
