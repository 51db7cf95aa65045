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
    /// How far below each rate the turns are spaced, in percent. Evenly spaced turns alone reach Slack with the
    /// scheduling jitter of the sends in between, and Slack counts arrivals in a sliding window, so paced at exactly
    /// the limit some arrived early and got 429 (672 of them in the 10,000-prompt fan-out, see the README). Each
    /// call now also waits a window after the answer of the call a window's worth before it, which keeps it out of
    /// Slack's window whatever the jitter, so no headroom is needed (0 sent that fan-out without a 429, about 2%
    /// over the least time, where 5% cost 5%). Leave some for another client sharing the workspace's limits.
    /// </summary>
    public int HeadroomPercent { get; set; }
}
