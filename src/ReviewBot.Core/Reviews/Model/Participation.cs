using ReviewBot.Core.People;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>How many of the weeks that have ended a key-result owner checked in for.</summary>
public sealed record Participation(Member Member, int Received, int Expected)
{
    public bool None => Received == 0;

    public decimal? Share => Expected == 0 ? null : (decimal)Received / Expected;
}
