namespace ReviewBot.Core.Scheduling;

/// <summary>The team's settings for what the bot sends by itself, beyond the check-in day and time.</summary>
public sealed record ScheduleRules
{
    public static ScheduleRules Default { get; } = new();

    /// <summary>How long after the prompt was actually sent a member who has not answered is nudged.</summary>
    public TimeSpan ReminderDelay { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Team-time wall clock at which the quarter review is posted on the next quarter's first working day.</summary>
    public TimeOnly ReviewPostTime { get; init; } = new(10, 0);

    /// <summary>Off by default: a channel summary every week is noise for most teams.</summary>
    public bool WeeklyDigest { get; init; }

    public DayOfWeek DigestDay { get; init; } = DayOfWeek.Friday;

    public TimeOnly DigestTime { get; init; } = new(16, 0);
}
