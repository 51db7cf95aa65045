using Microsoft.Extensions.Time.Testing;

namespace ReviewBot.Testing;

/// <summary>
/// Waiting on a condition, not on the clock: the condition is checked at once and then every few milliseconds
/// of real time until it holds or <c>limit</c> passes. A check may also move a fake clock, so a test can drive
/// work that waits on its host's <see cref="TimeProvider"/> until the work is done.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(10);

    /// <summary>True as soon as <paramref name="done"/> is; false when <paramref name="limit"/> passed first.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> done, TimeSpan limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + limit;
        using var timer = new PeriodicTimer(Every);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await timer.WaitForNextTickAsync(cancellationToken);
        }

        return true;
    }

    public static Task<bool> UntilAsync(Func<bool> done, TimeSpan limit, CancellationToken cancellationToken) =>
        UntilAsync(() => Task.FromResult(done()), limit, cancellationToken);

    /// <summary>
    /// Moves <paramref name="time"/> on by <paramref name="step"/> at each check until <paramref name="done"/> holds
    /// (nothing moves once it does): for work timed by a fake clock, such as a pipeline's Retry-After wait.
    /// <paramref name="moveWhile"/>, when given, moves the clock only while it holds.
    /// </summary>
    public static Task<bool> AdvancingAsync(FakeTimeProvider time, TimeSpan step, Func<bool> done, TimeSpan limit, CancellationToken cancellationToken, Func<bool>? moveWhile = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(done);
        return UntilAsync(
            () =>
            {
                if (done())
                {
                    return true;
                }

                if (moveWhile?.Invoke() ?? true)
                {
                    time.Advance(step);
                }

                return false;
            },
            limit,
            cancellationToken);
    }
}
