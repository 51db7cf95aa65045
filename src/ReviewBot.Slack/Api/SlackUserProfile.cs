namespace ReviewBot.Slack.Api;

public sealed record SlackUserProfile
{
    /// <summary>Present only with the users:read.email scope.</summary>
    public string? Email { get; init; }

    public string? DisplayName { get; init; }

    public string? RealName { get; init; }
}
