namespace ReviewBot.Slack.Api;

/// <summary>A view as Slack stored it: its id for views.update and the hash that guards against races.</summary>
public sealed record SlackView
{
    public required string Id { get; init; }

    /// <summary><c>modal</c> or <c>home</c>.</summary>
    public string? Type { get; init; }

    public string? Hash { get; init; }

    public string? CallbackId { get; init; }

    public string? ExternalId { get; init; }

    public string? PrivateMetadata { get; init; }
}
