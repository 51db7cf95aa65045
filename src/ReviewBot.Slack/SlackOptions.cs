using System.ComponentModel.DataAnnotations;

namespace ReviewBot.Slack;

/// <summary>The Slack app's settings. Slack is on when a signing secret or a bot token is configured.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Checks every request from Slack; from the app's Basic Information page. Never logged.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (xoxb-…) used for the Web API. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>Slack's Web API; configurable so tests can point it at a local fake.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken);
}
