using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Reports.Exports;

/// <summary>
/// The exports' words in the document's language: sheet names, column headers, row kinds and the short
/// lower-case words for units, colours, confidence and direction (ExportText.resx and its translations beside it).
/// </summary>
internal static class ExportText
{
    private static readonly TextCatalog Catalog = new(typeof(ExportText));

    public static string SheetKeyResults(CultureInfo culture) => Catalog.Say(culture, nameof(SheetKeyResults));

    public static string SheetCheckIns(CultureInfo culture) => Catalog.Say(culture, nameof(SheetCheckIns));

    public static string SheetRollups(CultureInfo culture) => Catalog.Say(culture, nameof(SheetRollups));

    public static string SheetParticipation(CultureInfo culture) => Catalog.Say(culture, nameof(SheetParticipation));

    public static string RowKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(RowKeyResult));

    public static string RowCheckIn(CultureInfo culture) => Catalog.Say(culture, nameof(RowCheckIn));

    public static string ColumnRow(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnRow));

    public static string ColumnObjective(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnObjective));

    public static string ColumnKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnKeyResult));

    public static string ColumnOwner(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnOwner));

    public static string ColumnMarket(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMarket));

    public static string ColumnUnit(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnUnit));

    public static string ColumnStart(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnStart));

    public static string ColumnTarget(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnTarget));

    public static string ColumnActual(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnActual));

    public static string ColumnDifference(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnDifference));

    public static string ColumnAttainment(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnAttainment));

    public static string ColumnScore(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnScore));

    public static string ColumnColour(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnColour));

    public static string ColumnConfidence(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnConfidence));

    public static string ColumnLatestConfidence(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnLatestConfidence));

    public static string ColumnDirection(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnDirection));

    public static string ColumnCheckIns(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnCheckIns));

    public static string ColumnWeek(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnWeek));

    public static string ColumnValue(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnValue));

    public static string ColumnKind(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnKind));

    public static string ColumnGroup(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnGroup));

    public static string ColumnKeyResults(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnKeyResults));

    public static string ColumnCurrency(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnCurrency));

    public static string ColumnMoneyTarget(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMoneyTarget));

    public static string ColumnMoneyActual(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMoneyActual));

    public static string ColumnMoneyDifference(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMoneyDifference));

    public static string ColumnMoneyAttainment(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMoneyAttainment));

    public static string ColumnPreviousScore(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnPreviousScore));

    public static string ColumnPreviousMoneyActual(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnPreviousMoneyActual));

    public static string ColumnMoneyChangeOnPrevious(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMoneyChangeOnPrevious));

    public static string ColumnMember(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMember));

    public static string ColumnWeeksCheckedIn(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnWeeksCheckedIn));

    public static string ColumnWeeksDue(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnWeeksDue));

    public static string ColumnShare(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnShare));

    public static string UnitMilestone(CultureInfo culture) => Catalog.Say(culture, nameof(UnitMilestone));

    public static string ColourGreen(CultureInfo culture) => Catalog.Say(culture, nameof(ColourGreen));

    public static string ColourYellow(CultureInfo culture) => Catalog.Say(culture, nameof(ColourYellow));

    public static string ColourRed(CultureInfo culture) => Catalog.Say(culture, nameof(ColourRed));

    public static string ConfidenceOnTrack(CultureInfo culture) => Catalog.Say(culture, nameof(ConfidenceOnTrack));

    public static string ConfidenceAtRisk(CultureInfo culture) => Catalog.Say(culture, nameof(ConfidenceAtRisk));

    public static string ConfidenceOffTrack(CultureInfo culture) => Catalog.Say(culture, nameof(ConfidenceOffTrack));

    public static string DirectionUp(CultureInfo culture) => Catalog.Say(culture, nameof(DirectionUp));

    public static string DirectionDown(CultureInfo culture) => Catalog.Say(culture, nameof(DirectionDown));

    public static string KindObjective(CultureInfo culture) => Catalog.Say(culture, nameof(KindObjective));

    public static string KindPerson(CultureInfo culture) => Catalog.Say(culture, nameof(KindPerson));

    public static string KindMarket(CultureInfo culture) => Catalog.Say(culture, nameof(KindMarket));

    public static string KindPersonInMarket(CultureInfo culture) => Catalog.Say(culture, nameof(KindPersonInMarket));

    public static string KindTeam(CultureInfo culture) => Catalog.Say(culture, nameof(KindTeam));
}
