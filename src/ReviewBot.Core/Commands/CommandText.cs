using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What the commands say, in the reader's language: CommandText.resx and its translations beside it.</summary>
internal static class CommandText
{
    private static readonly TextCatalog Catalog = new(typeof(CommandText));

    public static string ManagerAddsKeyResults(CultureInfo culture) => Catalog.Say(culture, nameof(ManagerAddsKeyResults));

    public static string AddKeyResultsYourself(CultureInfo culture) => Catalog.Say(culture, nameof(AddKeyResultsYourself));

    public static string TypeHelpToSeeWhatYouCanDo(CultureInfo culture) => Catalog.Say(culture, nameof(TypeHelpToSeeWhatYouCanDo));

    public static string HelpHeadline(CultureInfo culture, string firstName) => Catalog.Say(culture, nameof(HelpHeadline), firstName);

    public static string HelpAsManager(CultureInfo culture, string team) => Catalog.Say(culture, nameof(HelpAsManager), team);

    public static string HelpAsMember(CultureInfo culture, string team) => Catalog.Say(culture, nameof(HelpAsMember), team);

    public static string HelpHowToType(CultureInfo culture, int week, string quarter) => Catalog.Say(culture, nameof(HelpHowToType), week, quarter);

    public static string HelpCheckIn(CultureInfo culture) => Catalog.Say(culture, nameof(HelpCheckIn));

    public static string HelpCheckInExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpCheckInExplained));

    public static string HelpMe(CultureInfo culture) => Catalog.Say(culture, nameof(HelpMe));

    public static string HelpMeExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpMeExplained));

    public static string HelpQuarter(CultureInfo culture) => Catalog.Say(culture, nameof(HelpQuarter));

    public static string HelpQuarterExplainedToManager(CultureInfo culture) => Catalog.Say(culture, nameof(HelpQuarterExplainedToManager));

    public static string HelpQuarterExplainedToMember(CultureInfo culture) => Catalog.Say(culture, nameof(HelpQuarterExplainedToMember));

    public static string HelpOkrs(CultureInfo culture) => Catalog.Say(culture, nameof(HelpOkrs));

    public static string HelpOkrsExplainedToManager(CultureInfo culture) => Catalog.Say(culture, nameof(HelpOkrsExplainedToManager));

    public static string HelpOkrsExplainedToMember(CultureInfo culture) => Catalog.Say(culture, nameof(HelpOkrsExplainedToMember));

    public static string HelpRetro(CultureInfo culture) => Catalog.Say(culture, nameof(HelpRetro));

    public static string HelpRetroExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpRetroExplained));

    public static string HelpLeaveForManager(CultureInfo culture) => Catalog.Say(culture, nameof(HelpLeaveForManager));

    public static string HelpLeaveForMember(CultureInfo culture) => Catalog.Say(culture, nameof(HelpLeaveForMember));

    public static string HelpLeaveExplainedToManager(CultureInfo culture) => Catalog.Say(culture, nameof(HelpLeaveExplainedToManager));

    public static string HelpLeaveExplainedToMember(CultureInfo culture) => Catalog.Say(culture, nameof(HelpLeaveExplainedToMember));

    public static string HelpWeek(CultureInfo culture) => Catalog.Say(culture, nameof(HelpWeek));

    public static string HelpWeekExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpWeekExplained));

    public static string HelpRemind(CultureInfo culture) => Catalog.Say(culture, nameof(HelpRemind));

    public static string HelpRemindExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpRemindExplained));

    public static string HelpPlan(CultureInfo culture) => Catalog.Say(culture, nameof(HelpPlan));

    public static string HelpPlanExplainedToMember(CultureInfo culture) => Catalog.Say(culture, nameof(HelpPlanExplainedToMember));

    public static string HelpPlanExplainedToManager(CultureInfo culture) => Catalog.Say(culture, nameof(HelpPlanExplainedToManager));

    public static string HelpLessons(CultureInfo culture) => Catalog.Say(culture, nameof(HelpLessons));

    public static string HelpLessonsExplained(CultureInfo culture) => Catalog.Say(culture, nameof(HelpLessonsExplained));
}
