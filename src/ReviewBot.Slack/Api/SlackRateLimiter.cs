using System.Collections.Concurrent;

namespace ReviewBot.Slack.Api;

/// <summary>
/// The turns of every Slack call this process makes, one bucket per workspace and method (and per channel for
/// chat.postMessage), shared by all work in the process so that parallel sends together stay within Slack's
/// limits. Turns are spaced by each rate, and a call also waits until a window has passed since Slack answered
/// the call as many places before it as the window admits: Slack counts the calls it admitted in a sliding
/// window, and the answer is the latest a call can have been counted, so a call sent late (the scheduling jitter
/// of a busy host) never lets a later one arrive early in Slack's window. A 429 pauses its method's bucket for
/// everyone until its Retry-After, calls already waiting included.
/// </summary>
public sealed class SlackRateLimiter(SlackRateLimitOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Workspace, string Bucket), Bucket> buckets = new();

    /// <summary>
    /// Waits until <paramref name="method"/> may be called for the workspace (and <paramref name="channel"/>). The
    /// caller sends the call and then ends the turn (<see cref="SlackTurn.End"/>) with how Slack answered.
    /// </summary>
    /// <param name="workspace">Whatever tells workspaces apart: the bot token the call carries; never logged.</param>
    public async Task<SlackTurn> WaitTurnAsync(string workspace, string method, string? channel, CancellationToken cancellationToken = default)
    {
        var methodBucket = BucketOf(workspace, method, MethodWindow(method));
        var channelBucket = channel is not null && method == "chat.postMessage" && options.PostsPerChannelPerSecond > 0
            ? BucketOf(workspace, $"{method}#{channel}", new Window(options.PostsPerChannelPerSecond, TimeSpan.FromSeconds(1)))
            : null;
        while (true)
        {
            var now = time.GetUtcNow();
            var methodSlot = methodBucket.Reserve(now);
            // The channel's turn comes no earlier than the method's; a paused method pauses every channel.
            var channelSlot = channelBucket?.Reserve(methodSlot.SpacedTurn);
            var turn = new SlackTurn(time, methodSlot, channelSlot);
            try
            {
                var start = Max(methodSlot.SpacedTurn, channelSlot?.SpacedTurn ?? DateTimeOffset.MinValue);
                start = Max(start, await methodSlot.FreeAt.WaitAsync(cancellationToken));
                if (channelSlot is not null)
                {
                    start = Max(start, await channelSlot.FreeAt.WaitAsync(cancellationToken));
                }

                await DelayUntilAsync(start, cancellationToken);
                if (!methodBucket.IsPausedAt(time.GetUtcNow()))
                {
                    return turn;
                }
            }
            catch
            {
                turn.End(SlackTurnEnd.NotCounted);
                throw;
            }

            // A 429 came back while this call waited: its turn falls inside the pause, so it takes a fresh one after it.
            turn.End(SlackTurnEnd.NotCounted);
        }
    }

    /// <summary>Slack said 429: nobody calls <paramref name="method"/> for the workspace before <paramref name="retryAfter"/> has passed.</summary>
    public void Pause(string workspace, string method, TimeSpan retryAfter) =>
        BucketOf(workspace, method, MethodWindow(method)).PauseUntil(time.GetUtcNow() + retryAfter);

    /// <summary>The earliest a call of <paramref name="method"/> could start now: what a test waits on to know a 429 was seen.</summary>
    internal DateTimeOffset NextTurnOf(string workspace, string method) =>
        buckets.TryGetValue((workspace, method), out var bucket) ? bucket.NextTurn : DateTimeOffset.MinValue;

    private Bucket BucketOf(string workspace, string bucket, Window? window) =>
        buckets.GetOrAdd((workspace, bucket), _ => new Bucket(window, window is { } w ? IntervalOf(w) : TimeSpan.Zero));

    /// <summary>
    /// The method's limit as Slack's sliding window: a second when its rate is whole calls a second (the
    /// workspace's posts), else a minute (the tiers' 50 a minute). Null for a method that is not paced.
    /// </summary>
    private Window? MethodWindow(string method) =>
        options.CallsPerMinute.TryGetValue(method, out var perMinute) && perMinute > 0
            ? perMinute % 60 == 0 ? new Window(perMinute / 60, TimeSpan.FromSeconds(1)) : new Window(perMinute, TimeSpan.FromMinutes(1))
            : null;

    /// <summary>The spacing of turns at the window's rate, widened by the configured headroom.</summary>
    private TimeSpan IntervalOf(Window window) =>
        window.Length / window.Calls * (100.0 / (100 - options.HeadroomPercent));

    /// <summary>
    /// Waits until <paramref name="start"/> by this clock: a timer counts whole milliseconds and may wake a little
    /// before the instant it was set for, and a call sent early is one Slack may count inside the window.
    /// </summary>
    private async Task DelayUntilAsync(DateTimeOffset start, CancellationToken cancellationToken)
    {
        for (var now = time.GetUtcNow(); now < start; now = time.GetUtcNow())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling((start - now).TotalMilliseconds)), time, cancellationToken);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>At most <see cref="Calls"/> calls admitted in any <see cref="Length"/>.</summary>
    private readonly record struct Window(int Calls, TimeSpan Length);

    /// <summary>
    /// Evenly spaced turns, one <c>interval</c> apart, none before a pause ends; and the window's slots, each
    /// taken by one call at a time and free again a window after Slack answered it.
    /// </summary>
    private sealed class Bucket(Window? window, TimeSpan interval)
    {
        private readonly Lock gate = new();

        // Slot i % Calls of the window is the one turn i takes: it is free when turn i - Calls has ended.
        private readonly TaskCompletionSource<DateTimeOffset>?[] slots = new TaskCompletionSource<DateTimeOffset>?[window?.Calls ?? 0];
        private long turnsTaken;
        private DateTimeOffset nextTurn = DateTimeOffset.MinValue;
        private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

        public SlackSlot Reserve(DateTimeOffset earliest)
        {
            lock (gate)
            {
                var turn = nextTurn > earliest ? nextTurn : earliest;
                nextTurn = turn + interval;
                if (window is not { } w)
                {
                    return new SlackSlot(turn, FreeNow, null, TimeSpan.Zero);
                }

                var index = (int)(turnsTaken++ % w.Calls);
                var before = slots[index];
                var mine = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
                slots[index] = mine;
                return new SlackSlot(turn, before?.Task ?? FreeNow, mine, w.Length);
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

        public bool IsPausedAt(DateTimeOffset now)
        {
            lock (gate)
            {
                return pausedUntil > now;
            }
        }

        public void PauseUntil(DateTimeOffset until)
        {
            lock (gate)
            {
                if (until > pausedUntil)
                {
                    pausedUntil = until;
                }

                if (until > nextTurn)
                {
                    nextTurn = until;
                }
            }
        }

        private static readonly Task<DateTimeOffset> FreeNow = Task.FromResult(DateTimeOffset.MinValue);
    }
}

/// <summary>One bucket's part of a turn: its spaced start, when the window's slot is free, and the slot to free.</summary>
internal sealed record SlackSlot(DateTimeOffset SpacedTurn, Task<DateTimeOffset> FreeAt, TaskCompletionSource<DateTimeOffset>? Mine, TimeSpan Window);

/// <summary>How a call that had its turn ended, which says when the turn's window slots are free again.</summary>
public enum SlackTurnEnd
{
    /// <summary>Slack answered it, or may have counted it without an answer: its slots are free a window after now.</summary>
    Counted,

    /// <summary>
    /// Slack refused it with 429, which it does not count, or it was never sent: its slots are free as soon as they
    /// were before this turn. A call that failed without an answer is <see cref="Counted"/> (now): Slack may have
    /// counted it.
    /// </summary>
    NotCounted,
}

/// <summary>A call's turn: ended once, when its answer is in, so that the call a window's worth behind it may start.</summary>
public sealed class SlackTurn
{
    private readonly TimeProvider time;
    private readonly SlackSlot method;
    private readonly SlackSlot? channel;
    private int ended;

    internal SlackTurn(TimeProvider time, SlackSlot method, SlackSlot? channel)
    {
        this.time = time;
        this.method = method;
        this.channel = channel;
    }

    /// <summary>Frees the turn's slots as <paramref name="how"/> says; a second call changes nothing.</summary>
    public void End(SlackTurnEnd how)
    {
        if (Interlocked.Exchange(ref ended, 1) == 1)
        {
            return;
        }

        var now = time.GetUtcNow();
        Free(method, how, now);
        if (channel is not null)
        {
            Free(channel, how, now);
        }
    }

    private static void Free(SlackSlot slot, SlackTurnEnd how, DateTimeOffset now)
    {
        if (slot.Mine is not { } mine)
        {
            return;
        }

        if (how == SlackTurnEnd.Counted)
        {
            mine.TrySetResult(now + slot.Window);
        }
        else
        {
            // Free when it was free before this turn took it: a turn given up while the call before it in the slot
            // is still out must not let the call after it go out beside that one.
            _ = slot.FreeAt.ContinueWith(
                before => mine.TrySetResult(before.Result), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
