using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Options;

/// <summary>Stops start-up on a retention that would forget keys while platforms still retry them.</summary>
public sealed class InboundOptionsValidator : IValidateOptions<InboundOptions>
{
    public ValidateOptionsResult Validate(string? name, InboundOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.EventKeyRetentionDays is < 1 or > 365)
        {
            failures.Add($"{InboundOptions.Section}:{nameof(InboundOptions.EventKeyRetentionDays)} is {options.EventKeyRetentionDays}; it must be from 1 to 365 (at least a day, well past Slack's and Teams' retries).");
        }

        if (options.WorkRetentionDays is < 1 or > 365)
        {
            failures.Add($"{InboundOptions.Section}:{nameof(InboundOptions.WorkRetentionDays)} is {options.WorkRetentionDays}; it must be from 1 to 365.");
        }

        if (options.PruneIntervalMinutes is < 1 or > 1440)
        {
            failures.Add($"{InboundOptions.Section}:{nameof(InboundOptions.PruneIntervalMinutes)} is {options.PruneIntervalMinutes}; it must be from 1 to 1440.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
