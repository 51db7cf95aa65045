using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Conversation;

/// <summary>What the engine says itself, before or around a command, in the reader's language: ConversationText.resx and its translations.</summary>
internal static class ConversationText
{
    private static readonly TextCatalog Catalog = new(typeof(ConversationText));

    public static string StrangerNotKnown(CultureInfo culture) => Catalog.Say(culture, nameof(StrangerNotKnown));

    public static string StrangerAskYourManager(CultureInfo culture) => Catalog.Say(culture, nameof(StrangerAskYourManager));

    public static string FormBelongsToSomeoneElse(CultureInfo culture) => Catalog.Say(culture, nameof(FormBelongsToSomeoneElse));

    public static string TypeCheckInForYourOwn(CultureInfo culture) => Catalog.Say(culture, nameof(TypeCheckInForYourOwn));

    public static string CannotHandleThatMessage(CultureInfo culture) => Catalog.Say(culture, nameof(CannotHandleThatMessage));

    public static string NotOnThatTeam(CultureInfo culture, string teamKey) => Catalog.Say(culture, nameof(NotOnThatTeam), teamKey);

    public static string UnknownCommand(CultureInfo culture, string typed, string suggestion) => Catalog.Say(culture, nameof(UnknownCommand), typed, suggestion);

    public static string CheckInArgumentsUnread(CultureInfo culture, string arguments) => Catalog.Say(culture, nameof(CheckInArgumentsUnread), arguments);

    public static string CheckInArgumentsHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(CheckInArgumentsHowTo));

    public static string AnswersCommandsOnly(CultureInfo culture) => Catalog.Say(culture, nameof(AnswersCommandsOnly));

    public static string CheckInHereByText(CultureInfo culture) => Catalog.Say(culture, nameof(CheckInHereByText));

    public static string ButtonDoesNothing(CultureInfo culture) => Catalog.Say(culture, nameof(ButtonDoesNothing));

    public static string SpokenHelp(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenHelp));

    public static string SpokenCheckIn(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenCheckIn));

    public static string SpokenMe(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenMe));

    public static string SpokenWeek(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenWeek));

    public static string SpokenQuarter(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenQuarter));

    public static string SpokenRemind(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenRemind));

    public static string SpokenOkrs(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenOkrs));

    public static string SpokenRetro(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenRetro));

    public static string SpokenLeave(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenLeave));

    public static string SpokenStream(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenStream));

    public static string SpokenStreams(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenStreams));

    public static string SpokenPlan(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenPlan));

    public static string SpokenLessons(CultureInfo culture) => Catalog.Say(culture, nameof(SpokenLessons));

    public static string SpokenUnknown(CultureInfo culture, string verb) => Catalog.Say(culture, nameof(SpokenUnknown), verb);
}
