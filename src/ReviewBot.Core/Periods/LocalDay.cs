namespace ReviewBot.Core.Periods;

/// <summary>Where a calendar day begins and which day an instant falls on, in a given time zone.</summary>
public static class LocalDay
{
    /// <summary>
    /// The first instant of <paramref name="date"/> in <paramref name="zone"/>. Where a DST change skips
    /// midnight (Santiago, Beirut), the day starts when the clock resumes; where midnight happens twice,
    /// at the first of them.
    /// </summary>
    public static DateTimeOffset StartsAt(DateOnly date, TimeZoneInfo zone) =>
        At(date, TimeOnly.MinValue, zone);

    /// <summary>The instant a local wall-clock time happens, with the same DST rules as <see cref="StartsAt"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);

        // A skipped wall-clock time happens when the clock resumes; gaps last minutes to hours.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateOnly DateAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }
}
