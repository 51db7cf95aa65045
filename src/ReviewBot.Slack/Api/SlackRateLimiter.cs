using System.Collections.Concurrent;

namespace ReviewBot.Slack.Api;

/// <summary>
/// The turns of every Slack call this process makes, one bucket per workspace and method (and per channel for
/// chat.postMessage), shared by all work in the process so that parallel sends together stay within Slack's
/// limits. A 429 pauses its method's bucket for everyone until its Retry-After.
/// </summary>
public sealed class SlackRateLimiter(SlackRateLimitOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Workspace, string Bucket), Bucket> buckets = new();

    /// <summary>Waits until <paramref name="method"/> may be called for the workspace (and <paramref name="channel"/>).</summary>
    /// <param name="workspace">Whatever tells workspaces apart: the bot token the call carries; never logged.</param>
    public async Task WaitTurnAsync(string workspace, string method, string? channel, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var start = Reserve(workspace, method, CallsPerSecond(method), now);
        if (channel is not null && method == "chat.postMessage" && options.PostsPerChannelPerSecond > 0)
        {
            // The channel's turn comes no earlier than the method's; a paused method pauses every channel.
            start = Max(start, Reserve(workspace, $"{method}#{channel}", options.PostsPerChannelPerSecond, start));
        }

        if (start > now)
        {
            await Task.Delay(start - now, time, cancellationToken);
        }
    }

    /// <summary>Slack said 429: nobody calls <paramref name="method"/> for the workspace before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(string workspace, string method, TimeSpan retryAfter) =>
        buckets.GetOrAdd((workspace, method), _ => new Bucket()).PauseUntil(time.GetUtcNow() + retryAfter);

    /// <summary>The earliest a call of <paramref name="method"/> could start now: what a test waits on to know a 429 was seen.</summary>
    internal DateTimeOffset NextTurnOf(string workspace, string method) =>
        buckets.TryGetValue((workspace, method), out var bucket) ? bucket.NextTurn : DateTimeOffset.MinValue;

    private double? CallsPerSecond(string method) =>
        options.CallsPerMinute.TryGetValue(method, out var perMinute) && perMinute > 0 ? perMinute / 60.0 : null;

    private DateTimeOffset Reserve(string workspace, string bucket, double? perSecond, DateTimeOffset earliest) =>
        buckets.GetOrAdd((workspace, bucket), _ => new Bucket()).Reserve(earliest, perSecond is { } rate ? IntervalAt(rate) : TimeSpan.Zero);

    /// <summary>The spacing of turns at <paramref name="perSecond"/>, widened by the configured headroom.</summary>
    private TimeSpan IntervalAt(double perSecond) =>
        TimeSpan.FromSeconds(1 / perSecond) * (100.0 / (100 - options.HeadroomPercent));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>Evenly spaced turns, one <c>interval</c> apart, none before a pause ends.</summary>
    private sealed class Bucket
    {
        private readonly Lock gate = new();
        private DateTimeOffset nextTurn = DateTimeOffset.MinValue;

        public DateTimeOffset Reserve(DateTimeOffset earliest, TimeSpan interval)
        {
            lock (gate)
            {
                var turn = nextTurn > earliest ? nextTurn : earliest;
                nextTurn = turn + interval;
                return turn;
            }
        }

        public DateTimeOffset NextTurn
        {
            get
            {
                lock (gate)
                {
                    return nextTurn;
                }
            }
        }

        public void PauseUntil(DateTimeOffset until)
        {
            lock (gate)
            {
                if (until > nextTurn)
                {
                    nextTurn = until;
                }
            }
        }
    }
}
