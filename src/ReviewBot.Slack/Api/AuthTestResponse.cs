namespace ReviewBot.Slack.Api;

public sealed record AuthTestResponse
{
    public required string TeamId { get; init; }

    public required string UserId { get; init; }

    /// <summary>Absent for user tokens; a bot token always has one.</summary>
    public string? BotId { get; init; }

    public string? Team { get; init; }

    public string? User { get; init; }

    public Uri? Url { get; init; }

    public string? EnterpriseId { get; init; }

    public bool IsEnterpriseInstall { get; init; }
}
