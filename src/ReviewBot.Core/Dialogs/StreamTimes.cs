using System.Globalization;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Dialogs;

/// <summary>When a stream ran and when its review is open, written for one reader in their own time zone.</summary>
public static class StreamTimes
{
    /// <summary>"Thursday, Dec 3, 8:00 PM–9:30 PM", "12月3日(四) 20:00–21:30": the day it started and its hours.</summary>
    public static string Ran(LiveStream stream, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var starts = TimeZoneInfo.ConvertTime(stream.StartsAt, zone);
        var ends = TimeZoneInfo.ConvertTime(stream.EndsAt, zone);
        return DialogText.StreamWhen(culture, DateText.Weekday(LocalDay.DateAt(stream.StartsAt, zone), culture), Time(starts, culture), Time(ends, culture));
    }

    /// <summary>An instant as a day and a time: "Friday, Dec 4, 9:00 PM", "12月4日(五) 21:00".</summary>
    public static string At(DateTimeOffset instant, TimeZoneInfo zone, CultureInfo culture)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return DialogText.DayAtTime(culture, DateText.Weekday(LocalDay.DateAt(instant, zone), culture), Time(local, culture));
    }

    private static string Time(DateTimeOffset local, CultureInfo culture) => local.ToString("t", culture);
}

/// <summary>
/// When a stream's host and crew may answer its review: from its end, or from when a manager asked for the review
/// at once if that came first, for <see cref="StreamRules.AnswerWindow"/>.
/// </summary>
public static class StreamReviewWindow
{
    public static DateTimeOffset Opens(LiveStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.ReviewRequestedAt is { } asked && asked < stream.EndsAt ? asked : stream.EndsAt;
    }

    public static DateTimeOffset Closes(LiveStream stream, StreamRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Opens(stream) + rules.AnswerWindow;
    }
}
