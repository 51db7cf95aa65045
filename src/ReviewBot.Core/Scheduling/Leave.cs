namespace ReviewBot.Core.Scheduling;

/// <summary>
/// Days a member is away (both ends included, in the member's own calendar): they are neither
/// prompted nor reminded on them.
/// </summary>
public sealed record Leave(string MemberId, DateOnly FirstDay, DateOnly LastDay)
{
    public bool Covers(string memberId, DateOnly date) =>
        string.Equals(MemberId, memberId, StringComparison.Ordinal) && date >= FirstDay && date <= LastDay;
}
