namespace ReviewBot.Testing;

/// <summary>
/// Slack's rate limits as <see cref="FakeSlackServer.EnforceSlackLimits"/> applies them, per workspace (one per
/// fake): chat.postMessage about one a second per channel, conversations.open Tier 3 (50 a minute), every other
/// method generous. <see cref="PostsPerSecond"/> adds a workspace-wide cap on chat.postMessage, which real Slack
/// keeps without publishing it.
/// </summary>
public sealed record FakeSlackLimits
{
    public int PostsPerChannelPerSecond { get; init; } = 1;

    /// <summary>chat.postMessage over all channels; null for no workspace-wide cap.</summary>
    public int? PostsPerSecond { get; init; }

    public int OpensPerMinute { get; init; } = 50;

    /// <summary>Any other method, per minute.</summary>
    public int OthersPerMinute { get; init; } = 1_000;

    /// <summary>The buckets a call counts against: (bucket, calls admitted, per window).</summary>
    internal IEnumerable<(string Bucket, int Calls, TimeSpan Window)> BucketsOf(SlackCall call)
    {
        switch (call.Method)
        {
            case "chat.postMessage":
                yield return ($"chat.postMessage#{call.Arg("channel")}", PostsPerChannelPerSecond, TimeSpan.FromSeconds(1));
                if (PostsPerSecond is { } perSecond)
                {
                    yield return ("chat.postMessage", perSecond, TimeSpan.FromSeconds(1));
                }

                break;
            case "conversations.open":
                yield return ("conversations.open", OpensPerMinute, TimeSpan.FromMinutes(1));
                break;
            default:
                yield return (call.Method, OthersPerMinute, TimeSpan.FromMinutes(1));
                break;
        }
    }
}
