namespace ReviewBot.Core.Scheduling;

/// <summary>What becomes of a delivery after a failed attempt: tried again at <see cref="RetryAt"/>, or given up on.</summary>
/// <param name="Attempts">Attempts made so far, the failed one included.</param>
/// <param name="RetryAt">When to try again; null when the delivery is given up on.</param>
public sealed record RetryDecision(int Attempts, DateTimeOffset? RetryAt)
{
    public bool GivesUp => RetryAt is null;

    /// <summary>The reason a manager reads in <c>review week</c>: the failure's, and for one given up on, how often it was tried.</summary>
    public string Reason(string failure) => GivesUp ? $"{failure}, {Attempts} attempts" : failure;
}
