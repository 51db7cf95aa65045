namespace ReviewBot.Slack.Handlers;

/// <summary>
/// How long a handler waits for the engine before it acknowledges and lets the replies follow: what remains
/// of <see cref="Allowance"/> since the request arrived, so a slow workspace lookup shortens the wait rather
/// than pushing the acknowledgement past Slack's 3 seconds.
/// </summary>
public static class SlackAnswerBudget
{
    /// <summary>Counted from the request's arrival; the rest of Slack's 3 seconds is for writing the answer.</summary>
    public static readonly TimeSpan Allowance = TimeSpan.FromSeconds(2);

    /// <summary>
    /// True when <paramref name="work"/> finishes within what remains of the allowance; false when the allowance
    /// runs out or the request ends first (the work keeps going either way, and its replies then follow).
    /// </summary>
    public static async Task<bool> FinishesInTimeAsync(Task work, SlackDeadline deadline, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(deadline);
        var remaining = deadline.Remaining(Allowance, time);
        if (work.IsCompleted || remaining == TimeSpan.Zero)
        {
            return work.IsCompleted;
        }

        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var budget = Task.Delay(remaining, time, stopWaiting.Token);
        var first = await Task.WhenAny(work, budget);
        await stopWaiting.CancelAsync();
        return first == work;
    }
}
