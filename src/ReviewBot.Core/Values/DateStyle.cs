using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>
/// The date patterns of one culture. The culture's own month-day and long date patterns are used where ICU
/// gets them right; explicit ones only where it does not (English in full, "December 21", is long for a chat
/// line) and for what ICU has no pattern for: the two halves of a range within one month ("Dec 1–7", "1.–7. Dezember").
/// </summary>
/// <param name="Day">A day without its year: "Dec 21", "21. Dezember", "12月21日".</param>
/// <param name="SameMonthFirst">The first day of a range within one month: "Dec 1", "1.", "12月1日".</param>
/// <param name="SameMonthLast">The last day of a range within one month: "7", "7. Dezember", "7日".</param>
/// <param name="Weekday">A day named with its weekday: "Friday, Dec 4", "Freitag, 4. Dezember", "12月4日(金)".</param>
/// <param name="DayInYear">A day with weekday and year, for dates that may lie in another year.</param>
/// <param name="WeekdayInFull">A day named with its weekday and the month in full: "Monday 30 November", "11月30日 星期一".</param>
internal sealed record DateStyle(string Day, string SameMonthFirst, string SameMonthLast, string Weekday, string DayInYear, string WeekdayInFull)
{
    public static DateStyle For(CultureInfo culture)
    {
        var monthDay = culture.DateTimeFormat.MonthDayPattern;
        var longDate = culture.DateTimeFormat.LongDatePattern;

        // "%d" rather than "d": a lone "d" is the standard short-date format, not the day of the month.
        return culture.TwoLetterISOLanguageName switch
        {
            // en-US (month first in its month-day pattern) and the English of the rest of the world (day first).
            "en" when monthDay.StartsWith('M') => new("MMM d", "MMM d", "%d", "dddd, MMM d", "ddd, MMM d, yyyy", "dddd d MMMM"),
            "en" => new("d MMM", "%d", "d MMM", "dddd d MMM", "ddd d MMM yyyy", "dddd d MMMM"),
            "de" => new(monthDay, "d.", monthDay, "dddd, " + monthDay, longDate, "dddd, " + monthDay),
            "fr" => new(monthDay, "%d", monthDay, "dddd " + monthDay, longDate, "dddd " + monthDay),
            "pt" => new(monthDay, "%d", monthDay, "dddd, " + monthDay, longDate, "dddd, " + monthDay),
            "ja" => new(monthDay, monthDay, "d日", monthDay + "(ddd)", longDate, monthDay + " dddd"),
            "zh" => new(monthDay, monthDay, "d日", monthDay + "（ddd）", longDate, monthDay + " dddd"),
            // A culture the teams do not use yet: its own patterns, in full on both sides of a range.
            _ => new(monthDay, monthDay, monthDay, longDate, longDate, longDate),
        };
    }
}
