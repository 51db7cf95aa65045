namespace ReviewBot.Core.Scheduling;

/// <summary>
/// Where a recorded delivery stands. Not an attempt's outcome: an attempt that failed and will be retried
/// leaves its delivery <see cref="Claimed"/>.
/// </summary>
public enum DeliveryState
{
    /// <summary>Owed and not yet finished: being sent, waiting for its next attempt, or its job was lost.</summary>
    Claimed,

    Sent,

    /// <summary>Given up on, for a reason a manager reads in <c>review week</c>.</summary>
    Failed,

    /// <summary>No longer needed when its turn came (the member checked in meanwhile).</summary>
    Skipped,
}
