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
/// at once if that came first, until the planner stops waiting for answers (<see cref="Scheduling.StreamDeliveries.WindowClosesAt"/>):
/// <see cref="StreamRules.AnswerWindow"/> after the last reviewer's prompt. One rule for both, so an answer the
/// summary still waits for is never refused, and none is taken after the summary has gone for want of it.
/// </summary>
public static class StreamReviewWindow
{
    public static DateTimeOffset Opens(LiveStream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.ReviewRequestedAt is { } asked && asked < stream.EndsAt ? asked : stream.EndsAt;
    }

    /// <param name="members">The team's members: the stream's reviewers among them, active ones only, decide when the last prompt went.</param>
    public static DateTimeOffset Closes(LiveStream stream, StreamRules rules, People.Team team, IReadOnlyList<People.Member> members)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(members);
        var reviewers = stream.Reviewers
            .Select(id => members.FirstOrDefault(m => m.Id == id))
            .OfType<People.Member>()
            .Where(m => m.Active && m.TeamId == stream.TeamId)
            .ToList();
        return Scheduling.StreamDeliveries.WindowClosesAt(stream, rules, reviewers, team);
    }
}
