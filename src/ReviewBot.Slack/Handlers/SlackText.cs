using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Slack.Handlers;

/// <summary>What the Slack adapter itself says (not the engine), in the reader's language: SlackText.resx and its translations beside it.</summary>
internal static class SlackText
{
    private static readonly TextCatalog Catalog = new(typeof(SlackText));

    public static string WorkspaceNotSetUp(CultureInfo culture, string slackTeamId) => Catalog.Say(culture, nameof(WorkspaceNotSetUp), slackTeamId);

    public static string WorkingOnIt(CultureInfo culture) => Catalog.Say(culture, nameof(WorkingOnIt));

    public static string FormDidNotOpen(CultureInfo culture, string slackError) => Catalog.Say(culture, nameof(FormDidNotOpen), slackError);

    public static string FormOpenedTooSlowly(CultureInfo culture) => Catalog.Say(culture, nameof(FormOpenedTooSlowly));

    public static string ModalClose(CultureInfo culture) => Catalog.Say(culture, nameof(ModalClose));

    public static string OpenTheForm(CultureInfo culture) => Catalog.Say(culture, nameof(OpenTheForm));

    public static string AnswerHereOneAtATime(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerHereOneAtATime));

    public static string FormTooLongByText(CultureInfo culture, int fields) => Catalog.Say(culture, nameof(FormTooLongByText), fields);

    public static string FormTooLong(CultureInfo culture, int fields) => Catalog.Say(culture, nameof(FormTooLong), fields);

    public static string HomeHasMoreThanFits(CultureInfo culture) => Catalog.Say(culture, nameof(HomeHasMoreThanFits));
}
