using System.ComponentModel.DataAnnotations;

namespace ReviewBot.Slack;

/// <summary>The Slack app's settings. Slack is on when a signing secret, a bot token or an app-level token is configured.</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Checks every request from Slack; from the app's Basic Information page. Never logged.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (xoxb-…) used for the Web API. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// The app-level token (xapp-…, scope connections:write) that opens Socket Mode connections; Socket Mode is on
    /// when it is set, and Slack then sends everything over the socket, so no public URL is needed. Never logged.
    /// </summary>
    public string? AppToken { get; set; }

    /// <summary>Slack's Web API; configurable so tests can point it at a local fake.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// Seconds a host holds an acknowledged event's work while it runs it before another host (or this one,
    /// restarted) may take it: longer than an answer takes with the Web API's retries, short enough that work a
    /// stopped host left is done about this late.
    /// </summary>
    public int InboundLeaseSeconds { get; set; } = 120;

    /// <summary>Tries of one event's work before it is marked failed (a failure, or a host that stopped during it, counts).</summary>
    public int InboundMaxAttempts { get; set; } = 3;

    /// <summary>Seconds between looks for work another host left; work this host records runs at once.</summary>
    public int InboundPollSeconds { get; set; } = 15;

    public TimeSpan InboundLease => TimeSpan.FromSeconds(InboundLeaseSeconds);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(BotToken) || UsesSocketMode;

    public bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);
}
