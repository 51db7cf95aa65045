using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Options;

/// <summary>Stops start-up on a report setting that cannot work, naming the setting and what would.</summary>
public sealed class ReportsOptionsValidator : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment)))
        {
            failures.Add($"Reports:PublicBaseUrl is '{options.PublicBaseUrl}'; it must be an absolute http or https URL without query or fragment, like https://reviewbot.example.com/ (or unset for the host's own address).");
        }

        if (options.LinkDays is < 1 or > 3650)
        {
            failures.Add($"Reports:LinkDays is {options.LinkDays}; it must be from 1 to 3650 (days a shared report link stays valid).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
