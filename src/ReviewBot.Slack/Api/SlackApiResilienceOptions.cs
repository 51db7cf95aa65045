using System.ComponentModel.DataAnnotations;

namespace ReviewBot.Slack.Api;

/// <summary>
/// How hard the Web API client tries before giving up. Maps onto the standard resilience handler
/// (Polly: exponential backoff with jitter, Retry-After honoured on 429). Tests shrink the delays.
/// </summary>
public sealed class SlackApiResilienceOptions
{
    public const string Section = "Slack:Resilience";

    /// <summary>Retries after the first attempt; Slack's own SDKs default to a handful.</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay for 5xx and network errors; doubled each retry. 429 waits for Retry-After instead.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on any single wait, Retry-After included.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>One HTTP attempt; Slack answers in well under a second when healthy.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The whole call, waits included; long enough for a 30-second Retry-After plus attempts.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
