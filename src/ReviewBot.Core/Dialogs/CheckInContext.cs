using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// Everything a review form needs to know: who fills it in, for which week, about which key results, and, for a
/// live-stream review, which stream. One record for both, so the form and the text dialog have one code path.
/// </summary>
public sealed record CheckInContext(
    Member Author,
    ReviewTemplate Template,
    CheckInWeek Week,
    IReadOnlyList<KeyResult> KeyResults,
    CheckInHistory History)
{
    /// <summary>The live stream reviewed; null for a check-in or retrospective, which are about the week.</summary>
    public LiveStream? Stream { get; init; }

    public Quarter Quarter => Week.Quarter;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Author.Locale);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(Author.TimeZoneId);

    /// <summary>What the answers are about when that is not the week: the stream's id.</summary>
    public string? SubjectId => Stream?.Id;

    /// <summary>The form's id carries what it is for, so a submission can be checked against it.</summary>
    public string FormId => Stream is null
        ? FormIds.CheckIn(Template.Id, Week.Quarter, Week.Number, Author.Id)
        : FormIds.StreamReview(Template.Id, Stream.Id, Author.Id);

    /// <summary>A review of <paramref name="stream"/> by <paramref name="author"/>: counted in the stream's quarter and week, about no key results.</summary>
    public static CheckInContext ForStream(Member author, ReviewTemplate template, LiveStream stream, FiscalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(calendar);
        return new CheckInContext(author, template, calendar.Week(stream.Quarter, stream.WeekNumber), [], new CheckInHistory([])) { Stream = stream };
    }

    /// <summary>The unit a number question is asked and read in: the stream's currency for <see cref="NumberQuestion.InSubjectCurrency"/>.</summary>
    public KeyResultUnit UnitOf(NumberQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.InSubjectCurrency && Stream is not null ? KeyResultUnit.Currency(Stream.Currency) : question.Unit;
    }

    public decimal LatestValue(KeyResult keyResult) => History.Latest(keyResult.Id)?.Value ?? keyResult.Start;

    /// <summary>The latest check-in before this week: what a value is compared with (a correction this week is not).</summary>
    public CheckIn? EarlierWeek(KeyResult keyResult) =>
        History.WeeklyValues(keyResult.Id).LastOrDefault(c => c.Quarter == Quarter && c.WeekNumber < Week.Number);
}
