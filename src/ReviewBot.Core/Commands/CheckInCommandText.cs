using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What opening, submitting and reading back a check-in says, in the reader's language: CheckInCommandText.resx and its translations.</summary>
internal static class CheckInCommandText
{
    private static readonly TextCatalog Catalog = new(typeof(CheckInCommandText));

    public static string RetrospectiveOpensOn(CultureInfo culture, string quarter, string day) => Catalog.Say(culture, nameof(RetrospectiveOpensOn), quarter, day);

    public static string UntilThenCheckIn(CultureInfo culture) => Catalog.Say(culture, nameof(UntilThenCheckIn));

    public static string NoKeyResultsToCheckIn(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(NoKeyResultsToCheckIn), quarter);

    public static string PickingUpWhereYouLeftOff(CultureInfo culture) => Catalog.Say(culture, nameof(PickingUpWhereYouLeftOff));

    public static string FormNotRecognised(CultureInfo culture) => Catalog.Say(culture, nameof(FormNotRecognised));

    public static string FreshForm(CultureInfo culture) => Catalog.Say(culture, nameof(FreshForm));

    public static string FormWeekClosed(CultureInfo culture, string quarter, int week) => Catalog.Say(culture, nameof(FormWeekClosed), quarter, week);

    public static string RetrospectiveFormNotOpenYet(CultureInfo culture, string quarter, string opensOn) => Catalog.Say(culture, nameof(RetrospectiveFormNotOpenYet), quarter, opensOn);

    public static string FormWeekNotStarted(CultureInfo culture, string quarter, int week, string opensOn) => Catalog.Say(culture, nameof(FormWeekNotStarted), quarter, week, opensOn);

    public static string WeeklyCheckInClosed(CultureInfo culture, string quarter, int week) => Catalog.Say(culture, nameof(WeeklyCheckInClosed), quarter, week);

    public static string RetrospectiveClosed(CultureInfo culture, string quarter, int week) => Catalog.Say(culture, nameof(RetrospectiveClosed), quarter, week);

    public static string StartThisWeeksByText(CultureInfo culture) => Catalog.Say(culture, nameof(StartThisWeeksByText));

    public static string NothingSaved(CultureInfo culture) => Catalog.Say(culture, nameof(NothingSaved));

    public static string StartAgainByText(CultureInfo culture) => Catalog.Say(culture, nameof(StartAgainByText));

    public static string RecordedFact(CultureInfo culture, string value, string target, string score, string confidence) => Catalog.Say(culture, nameof(RecordedFact), value, target, score, confidence);

    public static string RetrospectiveSaved(CultureInfo culture, string quarter, string firstName) => Catalog.Say(culture, nameof(RetrospectiveSaved), quarter, firstName);

    public static string SavedForEndedWeek(CultureInfo culture, int week, string weekday) => Catalog.Say(culture, nameof(SavedForEndedWeek), week, weekday);

    public static string SavedForEndedWeekReplacing(CultureInfo culture, int week, string weekday) => Catalog.Say(culture, nameof(SavedForEndedWeekReplacing), week, weekday);

    public static string CheckedInForWeek(CultureInfo culture, int week) => Catalog.Say(culture, nameof(CheckedInForWeek), week);

    public static string CheckedInForWeekReplacing(CultureInfo culture, int week) => Catalog.Say(culture, nameof(CheckedInForWeekReplacing), week);

    public static string AlreadySaved(CultureInfo culture, string headline) => Catalog.Say(culture, nameof(AlreadySaved), headline);

    public static string ChangedYourMind(CultureInfo culture) => Catalog.Say(culture, nameof(ChangedYourMind));
}
