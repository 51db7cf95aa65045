using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What review week, review quarter and review remind say, in the reader's language: ReviewCommandText.resx and its translations.</summary>
internal static class ReviewCommandText
{
    private static readonly TextCatalog Catalog = new(typeof(ReviewCommandText));

    public static string ManagersOnlySeeTheWeek(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlySeeTheWeek));

    public static string WeekArgumentsUnread(CultureInfo culture, string arguments) => Catalog.Say(culture, nameof(WeekArgumentsUnread), arguments);

    public static string WeekArgumentsHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(WeekArgumentsHowTo));

    public static string QuarterArgumentUnread(CultureInfo culture, string argument, string team) => Catalog.Say(culture, nameof(QuarterArgumentUnread), argument, team);

    public static string QuarterArgumentHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(QuarterArgumentHowTo));

    public static string QuarterPostOrExport(CultureInfo culture) => Catalog.Say(culture, nameof(QuarterPostOrExport));

    public static string QuarterPostOrExportHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(QuarterPostOrExportHowTo));

    public static string ManagersOnlyPostTheQuarterReview(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlyPostTheQuarterReview));

    public static string ManagersOnlySeeAnotherPersonsReview(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlySeeAnotherPersonsReview));

    public static string QuarterNotStarted(CultureInfo culture, string quarter, string current) => Catalog.Say(culture, nameof(QuarterNotStarted), quarter, current);

    public static string ManagersOnlyNudgeTheTeam(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlyNudgeTheTeam));

    public static string RemindArgumentsUnread(CultureInfo culture, string arguments) => Catalog.Say(culture, nameof(RemindArgumentsUnread), arguments);

    public static string RemindArgumentsHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(RemindArgumentsHowTo));

    public static string EveryoneCheckedIn(CultureInfo culture, string team, int week) => Catalog.Say(culture, nameof(EveryoneCheckedIn), team, week);

    public static string NudgeHeadline(CultureInfo culture, string firstName, int week) => Catalog.Say(culture, nameof(NudgeHeadline), firstName, week);

    public static string NudgeBody(CultureInfo culture, string manager) => Catalog.Say(culture, nameof(NudgeBody), manager);

    public static string AlreadyCheckedInNotNudged(CultureInfo culture, string names) => Catalog.Say(culture, nameof(AlreadyCheckedInNotNudged), names);

    public static string HolidayNotNudged(CultureInfo culture, string name, string holiday) => Catalog.Say(culture, nameof(HolidayNotNudged), name, holiday);

    public static string OnLeaveNotNudged(CultureInfo culture, string name, string lastDay) => Catalog.Say(culture, nameof(OnLeaveNotNudged), name, lastDay);

    public static string NudgedJustNowNextToday(CultureInfo culture, string name, string time) => Catalog.Say(culture, nameof(NudgedJustNowNextToday), name, time);

    public static string NudgedJustNowNextOnDay(CultureInfo culture, string name, string time, string day) => Catalog.Say(culture, nameof(NudgedJustNowNextOnDay), name, time, day);

    public static string NudgedMinutesAgoNextToday(CultureInfo culture, string name, int minutes, string time) => Catalog.Say(culture, nameof(NudgedMinutesAgoNextToday), name, minutes, time);

    public static string NudgedMinutesAgoNextOnDay(CultureInfo culture, string name, int minutes, string time, string day) => Catalog.Say(culture, nameof(NudgedMinutesAgoNextOnDay), name, minutes, time, day);

    public static string NudgedHoursAgoNextToday(CultureInfo culture, string name, int hours, string time) => Catalog.Say(culture, nameof(NudgedHoursAgoNextToday), name, hours, time);

    public static string NudgedHoursAgoNextOnDay(CultureInfo culture, string name, int hours, string time, string day) => Catalog.Say(culture, nameof(NudgedHoursAgoNextOnDay), name, hours, time, day);

    public static string NobodyNudged(CultureInfo culture) => Catalog.Say(culture, nameof(NobodyNudged));

    public static string NudgedOnePerson(CultureInfo culture, string name) => Catalog.Say(culture, nameof(NudgedOnePerson), name);

    public static string NudgedPeople(CultureInfo culture, int count, string names) => Catalog.Say(culture, nameof(NudgedPeople), count, names);
}
