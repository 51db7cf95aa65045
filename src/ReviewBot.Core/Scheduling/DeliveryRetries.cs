namespace ReviewBot.Core.Scheduling;

/// <summary>
/// How often a delivery whose attempt failed for a reason that may pass (the chat service down, a timeout) is
/// tried again: after a growing wait, until it has had the host's maximum number of attempts.
/// </summary>
public static class DeliveryRetries
{
    /// <summary>The wait after the first, second, … failed attempt; the last one repeats.</summary>
    public static IReadOnlyList<TimeSpan> Backoff { get; } =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2)];

    /// <param name="attemptsBefore">Attempts recorded before the one that just failed.</param>
    /// <param name="maxAttempts">Attempts after which the delivery is given up on.</param>
    /// <param name="now">When the attempt failed, by the clock leases and backoffs are kept by.</param>
    public static RetryDecision AfterFailedAttempt(int attemptsBefore, int maxAttempts, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attemptsBefore);
        var attempts = attemptsBefore + 1;
        return attempts >= maxAttempts
            ? new RetryDecision(attempts, RetryAt: null)
            : new RetryDecision(attempts, now + Backoff[Math.Min(attempts, Backoff.Count) - 1]);
    }
}
