namespace ReviewBot.Core.Periods;

/// <summary>
/// Quarters and check-in weeks for a fiscal year that starts in a given month. Dates are calendar
/// days; instants come from a time zone, so a quarter ends at midnight where the person is.
/// </summary>
public sealed record FiscalCalendar
{
    public FiscalCalendar(int fiscalYearStartMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYearStartMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYearStartMonth, 12);
        FiscalYearStartMonth = fiscalYearStartMonth;
    }

    public int FiscalYearStartMonth { get; }

    public Quarter QuarterOf(DateOnly date)
    {
        // Months since the start of the fiscal year that ends in date.Year (or the next one).
        var monthsIntoYear = (date.Month - FiscalYearStartMonth + 12) % 12;
        var fiscalYear = FiscalYearStartMonth == 1 || date.Month < FiscalYearStartMonth ? date.Year : date.Year + 1;
        return new Quarter(fiscalYear, (monthsIntoYear / 3) + 1);
    }

    public DateOnly FirstDayOf(Quarter quarter)
    {
        var fiscalYearStart = FiscalYearStartMonth == 1
            ? new DateOnly(quarter.FiscalYear, 1, 1)
            : new DateOnly(quarter.FiscalYear - 1, FiscalYearStartMonth, 1);
        return fiscalYearStart.AddMonths(3 * (quarter.Number - 1));
    }

    public DateOnly LastDayOf(Quarter quarter) => FirstDayOf(quarter).AddMonths(3).AddDays(-1);

    public DateTimeOffset StartsAt(Quarter quarter, TimeZoneInfo zone) => LocalDay.StartsAt(FirstDayOf(quarter), zone);

    /// <summary>The instant the quarter is over (exclusive end) in <paramref name="zone"/>.</summary>
    public DateTimeOffset EndsAt(Quarter quarter, TimeZoneInfo zone) => LocalDay.StartsAt(LastDayOf(quarter).AddDays(1), zone);

    public Quarter QuarterAt(DateTimeOffset instant, TimeZoneInfo zone) => QuarterOf(LocalDay.DateAt(instant, zone));

    public IReadOnlyList<CheckInWeek> WeeksOf(Quarter quarter)
    {
        var weeks = new List<CheckInWeek>(14);
        var last = LastDayOf(quarter);
        var first = FirstDayOf(quarter);
        while (first <= last)
        {
            var daysToSunday = (7 - (int)first.DayOfWeek) % 7;
            var end = first.AddDays(daysToSunday);
            if (end > last)
            {
                end = last;
            }

            weeks.Add(new CheckInWeek(quarter, weeks.Count + 1, first, end));
            first = end.AddDays(1);
        }

        return weeks;
    }

    public CheckInWeek WeekOf(DateOnly date) => WeeksOf(QuarterOf(date)).First(w => w.Contains(date));

    public CheckInWeek WeekAt(DateTimeOffset instant, TimeZoneInfo zone) => WeekOf(LocalDay.DateAt(instant, zone));

    public CheckInWeek Week(Quarter quarter, int number)
    {
        var weeks = WeeksOf(quarter);
        return number >= 1 && number <= weeks.Count
            ? weeks[number - 1]
            : throw new ArgumentOutOfRangeException(nameof(number), number, $"{quarter} has weeks 1 to {weeks.Count}.");
    }
}
