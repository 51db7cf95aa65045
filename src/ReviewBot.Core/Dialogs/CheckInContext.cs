using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Dialogs;

/// <summary>Everything a check-in form needs to know: who fills it in, for which week, about which key results.</summary>
public sealed record CheckInContext(
    Member Author,
    ReviewTemplate Template,
    CheckInWeek Week,
    IReadOnlyList<KeyResult> KeyResults,
    CheckInHistory History)
{
    public Quarter Quarter => Week.Quarter;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Author.Locale);

    /// <summary>The form's id carries what it is for, so a submission can be checked against it.</summary>
    public string FormId => FormIds.CheckIn(Template.Id, Week.Quarter, Week.Number, Author.Id);

    public decimal LatestValue(KeyResult keyResult) => History.Latest(keyResult.Id)?.Value ?? keyResult.Start;

    /// <summary>The latest check-in before this week: what a value is compared with (a correction this week is not).</summary>
    public CheckIn? EarlierWeek(KeyResult keyResult) =>
        History.WeeklyValues(keyResult.Id).LastOrDefault(c => c.Quarter == Quarter && c.WeekNumber < Week.Number);
}
