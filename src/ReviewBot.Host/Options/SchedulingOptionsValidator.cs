using System.Globalization;
using Microsoft.Extensions.Options;

namespace ReviewBot.Host.Options;

/// <summary>Stops start-up on a scheduling setting that cannot work, naming the setting and what would.</summary>
public sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.TickMinutes is < 1 or > 30)
        {
            failures.Add($"Scheduling:TickMinutes is {options.TickMinutes}; it must be from 1 to 30 (minutes between checks for due prompts).");
        }

        if (double.IsNaN(options.ReminderDelayHours) || options.ReminderDelayHours is < 1 or > 144)
        {
            failures.Add($"Scheduling:ReminderDelayHours is {options.ReminderDelayHours.ToString(CultureInfo.InvariantCulture)}; it must be from 1 to 144 hours after the prompt.");
        }

        CheckTime("Scheduling:ReviewPostTime", options.ReviewPostTime, failures);
        CheckTime("Scheduling:DigestTime", options.DigestTime, failures);
        if (!Enum.IsDefined(options.DigestDay))
        {
            failures.Add("Scheduling:DigestDay must be a day of the week, like Friday.");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"Scheduling:MaxAttempts is {options.MaxAttempts}; it must be from 1 to 20.");
        }

        if (options.LeaseSeconds is < SchedulingOptions.MinimumLeaseSeconds or > SchedulingOptions.MaximumLeaseSeconds)
        {
            failures.Add($"Scheduling:LeaseSeconds is {options.LeaseSeconds}; it must be from {SchedulingOptions.MinimumLeaseSeconds} to {SchedulingOptions.MaximumLeaseSeconds} (seconds a host holds a delivery it is sending).");
        }

        if (options.Workers is < 1 or > SchedulingOptions.MaximumWorkers)
        {
            failures.Add($"Scheduling:Workers is {options.Workers}; it must be from 1 to {SchedulingOptions.MaximumWorkers} (deliveries one host sends at once).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTime(string setting, string? value, List<string> failures)
    {
        if (!TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            failures.Add($"{setting} is '{value}'; write a 24-hour time like 10:00.");
        }
    }
}
