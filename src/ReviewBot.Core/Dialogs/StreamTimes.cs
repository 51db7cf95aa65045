using System.Globalization;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// When a stream ran and when its review is open, written for one reader in their own time zone: the day as
/// <see cref="DateText.Weekday"/> writes it ("Thursday, Nov 19", "11月19日（周四）") and times in the reader's
/// culture ("8:00 PM", "20:00"), for the sentences that hold them.
/// </summary>
public static class StreamTimes
{
    /// <summary>The day the stream started on and its hours.</summary>
    public static (string Day, string Starts, string Ends) Ran(LiveStream stream, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return (DateText.Weekday(LocalDay.DateAt(stream.StartsAt, zone), culture), Time(stream.StartsAt, zone, culture), Time(stream.EndsAt, zone, culture));
    }

    /// <summary>An instant as a day and a time.</summary>
    public static (string Day, string Time) At(DateTimeOffset instant, TimeZoneInfo zone, CultureInfo culture) =>
        (DateText.Weekday(LocalDay.DateAt(instant, zone), culture), Time(instant, zone, culture));

    private static string Time(DateTimeOffset instant, TimeZoneInfo zone, CultureInfo culture) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("t", culture);
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
