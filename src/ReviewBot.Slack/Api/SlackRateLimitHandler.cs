using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace ReviewBot.Slack.Api;

/// <summary>
/// Outermost on the Slack client: each call waits its turn in <see cref="SlackRateLimiter"/> before the
/// resilience pipeline starts, so the wait counts against neither an attempt's timeout nor the call's total,
/// and ends the turn when the answer is in, which is what the calls a window behind it wait for.
/// A call Slack refuses with 429 is sent again from here, after a fresh turn (which the 429's pause puts after
/// its Retry-After), not from the pipeline: retried there, the calls refused together would come back
/// together, on top of the paced ones, and be refused again.
/// </summary>
public sealed class SlackRateLimitHandler(SlackRateLimiter limiter, IOptions<SlackApiResilienceOptions> resilience) : DelegatingHandler
{
    /// <summary>Set on a request whose 429s this handler retries, so that the pipeline does not retry them too.</summary>
    internal static readonly HttpRequestOptionsKey<bool> RetriesRefusals = new("ReviewBot.Slack.RetriesRefusals");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (SlackCallOf(request) is not { } call)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Options.Set(RetriesRefusals, true);
        var channel = ChannelOf(request);
        for (var refusals = 0; ; refusals++)
        {
            var turn = await limiter.WaitTurnAsync(call.Workspace, call.Method, channel, cancellationToken);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch
            {
                // No answer, but Slack may have counted the call: its slot waits a window from now.
                turn.End(SlackTurnEnd.Counted);
                throw;
            }

            var refused = response.StatusCode == HttpStatusCode.TooManyRequests;
            turn.End(refused ? SlackTurnEnd.NotCounted : SlackTurnEnd.Counted);
            if (!refused || refusals >= resilience.Value.MaxRetryAttempts)
            {
                return response;
            }

            // Slack did nothing with a refused call, so sending it again cannot make a second message.
            response.Dispose();
        }
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
