namespace ReviewBot.Slack.Api;

public sealed record SlackFile
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Name { get; init; }

    public string? Permalink { get; init; }
}
