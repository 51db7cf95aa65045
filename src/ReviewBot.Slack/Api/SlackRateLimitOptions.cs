namespace ReviewBot.Slack.Api;

/// <summary>
/// How fast this process calls each Slack Web API method, per workspace, bound from <c>Slack:RateLimits</c>.
/// The defaults are Slack's published tiers for the methods a fan-out calls in bulk; a method not listed is not
/// paced ahead of time but still pauses for everyone when Slack answers 429 (its Retry-After).
/// </summary>
public sealed class SlackRateLimitOptions
{
    public const string Section = "Slack:RateLimits";

    /// <summary>
    /// Calls per minute per workspace, by method: conversations.open and chat.update are Tier 3 (50/min),
    /// users.info Tier 4 (100/min). chat.postMessage has no published workspace rate (only per channel), so it
    /// is paced per channel unless a workspace rate is set here.
    /// </summary>
    public Dictionary<string, int> CallsPerMinute { get; set; } = new(StringComparer.Ordinal)
    {
        ["conversations.open"] = 50,
        ["chat.update"] = 50,
        ["users.info"] = 100,
    };

    /// <summary>chat.postMessage to one channel: Slack allows about one a second, with short bursts.</summary>
    public int PostsPerChannelPerSecond { get; set; } = 1;

    /// <summary>
    /// How far below each rate the turns are spaced, in percent. Turns are evenly spaced when reserved, but reach
    /// Slack with the scheduling jitter of the sends in between, and Slack counts arrivals in a sliding window:
    /// paced at exactly the limit, a few arrive a little early and get 429, whose Retry-After is whole seconds,
    /// so each one stops the method for a second of turns. Pacing 5% below costs 5% and avoids them (measured on
    /// the 10,000-prompt fan-out: 672 answers of 429 and 167% of the least time at 0%, see the README).
    /// </summary>
    public int HeadroomPercent { get; set; } = 5;
}
