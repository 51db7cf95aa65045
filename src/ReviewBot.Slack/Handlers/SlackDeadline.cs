namespace ReviewBot.Slack.Handlers;

/// <summary>
/// When Slack's request arrived: its 3 seconds (and a trigger_id's) count from then, so every allowance a
/// handler grants itself is what remains of one measured from here. Stamped by whatever transport received
/// the payload (the HTTP endpoint, a Socket Mode receiver), through <see cref="TimeProvider"/>.
/// </summary>
public sealed record SlackDeadline(DateTimeOffset ReceivedAt)
{
    public static SlackDeadline StartingNow(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(time.GetUtcNow());
    }

    /// <summary>What is left of <paramref name="allowance"/> counted from the request's arrival; never negative.</summary>
    public TimeSpan Remaining(TimeSpan allowance, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var left = ReceivedAt + allowance - time.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
