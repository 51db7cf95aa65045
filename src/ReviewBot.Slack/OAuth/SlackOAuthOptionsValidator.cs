using Microsoft.Extensions.Options;

namespace ReviewBot.Slack.OAuth;

/// <summary>A client id needs its secret (and the other way round); the addresses must be absolute.</summary>
internal sealed class SlackOAuthOptionsValidator : IValidateOptions<SlackOAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOAuthOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId) != string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOAuthOptions.ClientId)} and {SlackOptions.Section}:{nameof(SlackOAuthOptions.ClientSecret)} go together: set both from the app's Basic Information page to install in several workspaces, or neither.");
        }

        if (!options.OAuthAuthorizeUrl.IsAbsoluteUri)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOAuthOptions.OAuthAuthorizeUrl)} must be an absolute URL such as https://slack.com/oauth/v2/authorize.");
        }

        if (options.OAuthRedirectUrl is { IsAbsoluteUri: false })
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOAuthOptions.OAuthRedirectUrl)} must be an absolute URL such as https://reviewbot.example.com{SlackAppRequirements.OAuthCallbackPath}.");
        }

        if (options.OAuthStateMinutes is < 1 or > 60)
        {
            failures.Add($"{SlackOptions.Section}:{nameof(SlackOAuthOptions.OAuthStateMinutes)} is {options.OAuthStateMinutes}; it must be from 1 to 60.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
