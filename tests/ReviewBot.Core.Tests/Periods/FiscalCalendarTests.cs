using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Tests.Periods;

public class FiscalCalendarTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    [Theory]
    [InlineData(1, "2026-01-01", "2026-Q1")]
    [InlineData(1, "2026-12-31", "2026-Q4")]
    [InlineData(4, "2026-04-01", "2027-Q1")]
    [InlineData(4, "2026-03-31", "2026-Q4")]
    [InlineData(4, "2027-02-14", "2027-Q4")]
    [InlineData(7, "2026-07-01", "2027-Q1")]
    [InlineData(7, "2026-06-30", "2026-Q4")]
    [InlineData(10, "2026-12-31", "2027-Q1")]
    [InlineData(10, "2027-01-01", "2027-Q2")]
    public void Names_the_quarter_a_day_falls_in_after_the_year_the_fiscal_year_ends(int startMonth, string date, string quarter)
    {
        var calendar = new FiscalCalendar(startMonth);

        Assert.Equal(Quarter.Parse(quarter), calendar.QuarterOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(1, "2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData(4, "2027-Q1", "2026-04-01", "2026-06-30")]
    [InlineData(4, "2026-Q4", "2026-01-01", "2026-03-31")]
    [InlineData(7, "2027-Q3", "2027-01-01", "2027-03-31")]
    [InlineData(2, "2026-Q4", "2025-11-01", "2026-01-31")]
    public void A_quarter_spans_three_whole_months_from_its_fiscal_start(int startMonth, string quarter, string first, string last)
    {
        var calendar = new FiscalCalendar(startMonth);
        var q = Quarter.Parse(quarter);

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), calendar.FirstDayOf(q));
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), calendar.LastDayOf(q));
        Assert.Equal(q, calendar.QuarterOf(calendar.FirstDayOf(q)));
        Assert.Equal(q, calendar.QuarterOf(calendar.LastDayOf(q)));
        Assert.Equal(q.Next(), calendar.QuarterOf(calendar.LastDayOf(q).AddDays(1)));
    }

    [Fact]
    public void A_quarter_ends_at_local_midnight_for_someone_at_UTC_plus_13_and_at_UTC_minus_10()
    {
        var calendar = new FiscalCalendar(1);
        var q4 = new Quarter(2026, 4);

        // Tonga keeps UTC+13 all year; Honolulu UTC-10: 23 hours apart on the same calendar day.
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 11, 0, 0, TimeSpan.Zero), calendar.EndsAt(q4, Zone("Pacific/Tongatapu")).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.Zero), calendar.EndsAt(q4, Zone("Pacific/Honolulu")).ToUniversalTime());

        // The same instant is already Q1 in Tonga and still Q4 in Honolulu.
        var instant = new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(new Quarter(2027, 1), calendar.QuarterAt(instant, Zone("Pacific/Tongatapu")));
        Assert.Equal(q4, calendar.QuarterAt(instant, Zone("Pacific/Honolulu")));
    }

    [Fact]
    public void A_quarter_is_ninety_days_minus_an_hour_when_it_holds_the_spring_DST_change()
    {
        var calendar = new FiscalCalendar(1);
        var berlin = Zone("Europe/Berlin");
        var q1 = new Quarter(2026, 1);

        var length = calendar.EndsAt(q1, berlin) - calendar.StartsAt(q1, berlin);

        Assert.Equal(TimeSpan.FromDays(90) - TimeSpan.FromHours(1), length);
        Assert.Equal(TimeSpan.FromHours(2), calendar.EndsAt(q1, berlin).Offset);
    }

    [Fact]
    public void A_day_whose_midnight_is_skipped_by_DST_starts_when_the_clock_resumes()
    {
        // Santiago springs forward at 00:00 on the first Sunday of September: 00:00-00:59 never happens.
        var santiago = Zone("America/Santiago");

        var start = LocalDay.StartsAt(new DateOnly(2026, 9, 6), santiago);

        Assert.Equal(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.FromHours(-3)), start);
    }

    [Fact]
    public void Weeks_run_Monday_to_Sunday_and_are_cut_at_the_quarters_edges()
    {
        var calendar = new FiscalCalendar(1);

        var weeks = calendar.WeeksOf(new Quarter(2026, 4));

        // 1 October 2026 is a Thursday; 31 December a Thursday.
        Assert.Equal(14, weeks.Count);
        Assert.Equal(new CheckInWeek(new Quarter(2026, 4), 1, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 4)), weeks[0]);
        Assert.Equal(new CheckInWeek(new Quarter(2026, 4), 2, new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 11)), weeks[1]);
        Assert.Equal(new CheckInWeek(new Quarter(2026, 4), 14, new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 31)), weeks[^1]);
        Assert.All(weeks.Skip(1).Zip(weeks), pair => Assert.Equal(pair.Second.LastDay.AddDays(1), pair.First.FirstDay));
    }

    [Fact]
    public void The_week_an_instant_falls_in_depends_on_the_members_time_zone()
    {
        var calendar = new FiscalCalendar(1);
        // Sunday 11 October 2026, 22:00 in Honolulu is already Monday 12 October in Auckland.
        var instant = new DateTimeOffset(2026, 10, 11, 22, 0, 0, TimeSpan.FromHours(-10));

        Assert.Equal(2, calendar.WeekAt(instant, Zone("Pacific/Honolulu")).Number);
        Assert.Equal(3, calendar.WeekAt(instant, Zone("Pacific/Auckland")).Number);
    }

    [Fact]
    public void A_week_that_holds_the_autumn_DST_change_lasts_one_hour_more()
    {
        var calendar = new FiscalCalendar(1);
        var newYork = Zone("America/New_York");
        // US clocks fall back on Sunday 1 November 2026.
        var week = calendar.WeekOf(new DateOnly(2026, 11, 1));

        Assert.Equal(TimeSpan.FromDays(7) + TimeSpan.FromHours(1), week.EndsAt(newYork) - week.StartsAt(newYork));
        Assert.Equal(TimeSpan.FromHours(-5), week.EndsAt(newYork).Offset);
    }

    [Fact]
    public void Refuses_a_fiscal_start_month_outside_one_to_twelve()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalCalendar(13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalCalendar(0));
    }
}
