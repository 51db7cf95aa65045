using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Commands;

/// <summary>What review plan export says, in the reader's language: PlanExportText.resx and its translations.</summary>
internal static class PlanExportText
{
    private static readonly TextCatalog Catalog = new(typeof(PlanExportText));

    public static string ManagersOnlyExport(CultureInfo culture) => Catalog.Say(culture, nameof(ManagersOnlyExport));

    public static string ExportArgumentsUnread(CultureInfo culture, string arguments) => Catalog.Say(culture, nameof(ExportArgumentsUnread), arguments);

    public static string ExportArgumentsHowTo(CultureInfo culture, string planned, string example) => Catalog.Say(culture, nameof(ExportArgumentsHowTo), planned, example);

    public static string NothingToExport(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(NothingToExport), quarter);

    public static string NothingToExportHowTo(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(NothingToExportHowTo), quarter);

    public static string ExportHeadline(CultureInfo culture, string team, string quarter) => Catalog.Say(culture, nameof(ExportHeadline), team, quarter);

    public static string ExportSentToYou(CultureInfo culture, string team, string quarter) => Catalog.Say(culture, nameof(ExportSentToYou), team, quarter);

    public static string ExportSentToYouWhy(CultureInfo culture) => Catalog.Say(culture, nameof(ExportSentToYouWhy));

    public static string ExportCounts(CultureInfo culture, int objectives, int keyResults, int members) => Catalog.Say(culture, nameof(ExportCounts), objectives, keyResults, members);

    /// <param name="commandLine">The operator's command line for the file, and <paramref name="dryRun"/> its switch: in no language.</param>
    public static string ExportHowToImport(CultureInfo culture, string commandLine, string dryRun) => Catalog.Say(culture, nameof(ExportHowToImport), commandLine, dryRun);

    public static string ExportLeavesOut(CultureInfo culture) => Catalog.Say(culture, nameof(ExportLeavesOut));

    public static string ExportFileTitle(CultureInfo culture, string team, string quarter) => Catalog.Say(culture, nameof(ExportFileTitle), team, quarter);

    public static string ExportBlocked(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(ExportBlocked), quarter);

    public static string MemberWithoutEmail(CultureInfo culture, string name) => Catalog.Say(culture, nameof(MemberWithoutEmail), name);

    public static string OwnerLeftTeam(CultureInfo culture, string title, string owner) => Catalog.Say(culture, nameof(OwnerLeftTeam), title, owner);

    public static string ExportBlockedFixOwners(CultureInfo culture) => Catalog.Say(culture, nameof(ExportBlockedFixOwners));

    public static string ExportBlockedByRates(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(ExportBlockedByRates), quarter);

    public static string NoExchangeRate(CultureInfo culture, string currency, string quarter, string reportingCurrency) => Catalog.Say(culture, nameof(NoExchangeRate), currency, quarter, reportingCurrency);

    public static string ExportBlockedFixRates(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(ExportBlockedFixRates), quarter);

    public static string StreamPersonLeftTeam(CultureInfo culture, string stream, string person) => Catalog.Say(culture, nameof(StreamPersonLeftTeam), stream, person);

    public static string ExportBlockedFixStreams(CultureInfo culture) => Catalog.Say(culture, nameof(ExportBlockedFixStreams));

    public static string ExportBlockedFixEmails(CultureInfo culture) => Catalog.Say(culture, nameof(ExportBlockedFixEmails));
}
