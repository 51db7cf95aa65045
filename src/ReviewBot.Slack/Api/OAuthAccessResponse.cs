namespace ReviewBot.Slack.Api;

/// <summary>oauth.v2.access's answer for a bot install. <see cref="AccessToken"/> is the bot token: never log this record.</summary>
public sealed record OAuthAccessResponse
{
    public required string AccessToken { get; init; }

    public string? TokenType { get; init; }

    /// <summary>The bot scopes granted, comma-separated as Slack sends them.</summary>
    public string? Scope { get; init; }

    public required string BotUserId { get; init; }

    public required OAuthTeam Team { get; init; }

    public OAuthInstaller? AuthedUser { get; init; }

    /// <summary>The record's text form leaves the token out, so that no log or exception message carries it.</summary>
    public override string ToString() => $"OAuthAccessResponse {{ Team = {Team.Id}, BotUserId = {BotUserId} }}";
}

public sealed record OAuthTeam
{
    public required string Id { get; init; }

    public string? Name { get; init; }
}

/// <summary>The person who installed the app (their own user token, if asked for, is not kept).</summary>
public sealed record OAuthInstaller
{
    public required string Id { get; init; }
}
