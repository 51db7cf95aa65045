namespace ReviewBot.Core.People;

/// <summary>When the weekly check-in prompt goes out, in each member's own time zone.</summary>
public sealed record CheckInSchedule(DayOfWeek Day, TimeOnly Time);
