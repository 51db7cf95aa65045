namespace ReviewBot.Slack.Api;

/// <summary>The parts of Slack's user object the bot uses.</summary>
public sealed record SlackUser
{
    public required string Id { get; init; }

    public string? TeamId { get; init; }

    public string? Name { get; init; }

    public string? RealName { get; init; }

    public bool Deleted { get; init; }

    public bool IsBot { get; init; }

    /// <summary>IANA zone id, e.g. <c>Asia/Shanghai</c>.</summary>
    public string? Tz { get; init; }

    public string? TzLabel { get; init; }

    /// <summary>Offset from UTC in seconds, at the time of the call.</summary>
    public int TzOffset { get; init; }

    /// <summary>e.g. <c>en-US</c>; only present because we ask with include_locale.</summary>
    public string? Locale { get; init; }

    public SlackUserProfile? Profile { get; init; }
}
