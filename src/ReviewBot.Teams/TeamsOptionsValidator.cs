using Microsoft.Extensions.Options;
using ReviewBot.Teams.Auth;

namespace ReviewBot.Teams;

/// <summary>
/// Teams is off until <see cref="TeamsOptions.AppId"/> is set; once it is, the secret and the endpoints must be
/// usable, so a misconfigured bot stops at start-up instead of accepting tokens it cannot check or
/// acknowledging messages it cannot answer.
/// </summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AppPassword))
        {
            failures.Add($"{TeamsOptions.Section}:{nameof(TeamsOptions.AppPassword)} is missing: Teams is configured ({TeamsOptions.Section}:{nameof(TeamsOptions.AppId)} is set), and the bot needs its client secret to answer. Set it from the app registration's Certificates & secrets page (environment variable Teams__AppPassword).");
        }

        if (BotTokenProvider.ResolveAuthority(options) is null)
        {
            failures.Add($"{TeamsOptions.Section}:{nameof(TeamsOptions.TokenEndpoint)} must be an absolute https URL ending in /oauth2/v2.0/token once {{tenant}} is replaced, such as https://login.microsoftonline.com/{{tenant}}/oauth2/v2.0/token.");
        }

        if (options.OpenIdMetadataUrl is null || !BotMetadataDocumentRetriever.IsAllowed(options.OpenIdMetadataUrl))
        {
            failures.Add($"{TeamsOptions.Section}:{nameof(TeamsOptions.OpenIdMetadataUrl)} must be an absolute https URL, such as https://login.botframework.com/v1/.well-known/openidconfiguration.");
        }

        if (options.ValidIssuers.Count == 0 || options.ValidIssuers.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{TeamsOptions.Section}:{nameof(TeamsOptions.ValidIssuers)} must list at least one issuer and no empty ones, such as https://api.botframework.com.");
        }

        if (string.IsNullOrWhiteSpace(options.TokenScope))
        {
            failures.Add($"{TeamsOptions.Section}:{nameof(TeamsOptions.TokenScope)} is empty; the Bot Connector's is https://api.botframework.com/.default.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
