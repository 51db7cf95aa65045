using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>
/// Writes days the way a reader of the culture expects them: "Dec 21" in the US, "21 Dec" in Britain and India,
/// "21. Dezember", "21 décembre", "21 de dezembro", "12月21日". Hand-made patterns such as "d MMM" read wrong
/// in most cultures ("21 12月"), so every date the bot shows goes through here.
/// </summary>
public static class DateText
{
    private const string RangeDash = "–";

    /// <summary>A day without its year: "Dec 21", "21 Dec", "21. Dezember", "12月21日".</summary>
    public static string Day(DateOnly day, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return day.ToString(DateStyle.For(culture).Day, culture);
    }

    /// <summary>
    /// Two days as one range, the month written once when both lie in it: "Dec 1–7", "Nov 30–Dec 6",
    /// "1–7 Dec", "30. November–6. Dezember", "11月30日–12月6日".
    /// </summary>
    public static string Range(DateOnly first, DateOnly last, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var style = DateStyle.For(culture);
        if (first == last)
        {
            return first.ToString(style.Day, culture);
        }

        return first.Year == last.Year && first.Month == last.Month
            ? first.ToString(style.SameMonthFirst, culture) + RangeDash + last.ToString(style.SameMonthLast, culture)
            : first.ToString(style.Day, culture) + RangeDash + last.ToString(style.Day, culture);
    }

    /// <summary>A day with its weekday, for deadlines this week or next: "Sunday, Nov 22", "Sonntag, 22. November", "11月22日(日)".</summary>
    public static string Weekday(DateOnly day, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return day.ToString(DateStyle.For(culture).Weekday, culture);
    }

    /// <summary>A day with its weekday and the month in full, for a date a sentence announces: "Monday 30 November", "11月30日 星期一".</summary>
    public static string WeekdayInFull(DateOnly day, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return day.ToString(DateStyle.For(culture).WeekdayInFull, culture);
    }

    /// <summary>The name of the day's weekday alone: "Sunday", "Sonntag", "星期日".</summary>
    public static string DayOfWeek(DateOnly day, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.DateTimeFormat.GetDayName(day.DayOfWeek);
    }

    /// <summary>A day with its weekday and year, for dates that may lie in another year: "Tue, Dec 22, 2026", "2026年12月22日火曜日".</summary>
    public static string DayInYear(DateOnly day, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return day.ToString(DateStyle.For(culture).DayInYear, culture);
    }
}
