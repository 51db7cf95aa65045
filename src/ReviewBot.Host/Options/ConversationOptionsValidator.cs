using System.Globalization;
using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Options;

public sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return double.IsNaN(options.RemindCoolDownHours) || options.RemindCoolDownHours is < 0 or > 168
            ? ValidateOptionsResult.Fail($"{ConversationOptions.Section}:{nameof(ConversationOptions.RemindCoolDownHours)} is {options.RemindCoolDownHours.ToString(CultureInfo.InvariantCulture)}; it must be from 0 (no cool-down) to 168 hours.")
            : ValidateOptionsResult.Success;
    }
}
