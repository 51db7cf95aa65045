using Microsoft.Extensions.Options;
using ReviewBot.Slack.OAuth;

namespace ReviewBot.Slack;

/// <summary>
/// Slack is off until a secret or a token is set; once either is, both must be, so the app never
/// accepts unsigned requests (no secret) or acknowledges work it cannot deliver (no token). The token may instead
/// come from installs through OAuth, when the app's client id is set. In Socket Mode (an app-level token) the
/// secret may be left out: the authenticated socket brings what Slack sends, and the HTTP endpoints, left
/// without a secret, refuse every request.
/// </summary>
internal sealed class SlackOptionsValidator(IOptions<SlackOAuthOptions> oauth) : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningSecret) && !options.UsesSocketMode)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOptions.SigningSecret)} is missing: Slack is configured, and every request from Slack must be signature-checked. Set it from the app's Basic Information page (environment variable Slack__SigningSecret).");
        }

        if (string.IsNullOrWhiteSpace(options.BotToken) && !oauth.Value.IsConfigured)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOptions.BotToken)} is missing: Slack is configured, and the bot needs its xoxb- token to answer. Set it from the app's OAuth & Permissions page (environment variable Slack__BotToken), or set Slack:ClientId and Slack:ClientSecret to install the app through /slack/install.");
        }

        if (options.UsesSocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOptions.AppToken)} is not an app-level token: it starts with xapp-. Generate one with the connections:write scope on the app's Basic Information page (environment variable Slack__AppToken).");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOptions.ApiBaseUrl)} must be an absolute URL such as https://slack.com/api/.");
        }

        if (options.InboundLeaseSeconds is < 10 or > 3600)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOptions.InboundLeaseSeconds)} is {options.InboundLeaseSeconds}; it must be from 10 to 3600 (seconds a host holds an event's work while running it).");
        }

        if (options.InboundMaxAttempts is < 1 or > 20)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOptions.InboundMaxAttempts)} is {options.InboundMaxAttempts}; it must be from 1 to 20.");
        }

        if (options.InboundPollSeconds is < 1 or > 600)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOptions.InboundPollSeconds)} is {options.InboundPollSeconds}; it must be from 1 to 600.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
