namespace ReviewBot.Core.Periods;

/// <summary>
/// A check-in week: Monday to Sunday, cut at the quarter's edges so that every week lies inside one
/// quarter. Week 1 is the one holding the quarter's first day, however short.
/// </summary>
public sealed record CheckInWeek(Quarter Quarter, int Number, DateOnly FirstDay, DateOnly LastDay)
{
    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>The instant the week begins for someone in <paramref name="zone"/>.</summary>
    public DateTimeOffset StartsAt(TimeZoneInfo zone) => LocalDay.StartsAt(FirstDay, zone);

    /// <summary>The instant the week ends (exclusive) for someone in <paramref name="zone"/>.</summary>
    public DateTimeOffset EndsAt(TimeZoneInfo zone) => LocalDay.StartsAt(LastDay.AddDays(1), zone);
}
