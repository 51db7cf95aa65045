namespace ReviewBot.Core.Okrs;

/// <summary>
/// A key result whose value is summed from the team's live streams in the quarter (<c>feed: live-streams.gmv</c>
/// in the team file): each stream's reviewed <see cref="Metric"/> (a number question's id of its template, such as
/// "gmv" or "orders"), converted to the key result's currency where it is money.
/// </summary>
public sealed record KeyResultFeed(string Metric)
{
    /// <summary>The team file's prefix for a feed from live streams.</summary>
    public const string LiveStreamsPrefix = "live-streams.";

    public override string ToString() => LiveStreamsPrefix + Metric;
}
