using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Reports.Charts;

/// <summary>The words drawn on the charts, in the document's language: ChartText.resx and its translations beside it.</summary>
internal static class ChartText
{
    private static readonly TextCatalog Catalog = new(typeof(ChartText));

    public static string NoCheckIns(CultureInfo culture) => Catalog.Say(culture, nameof(NoCheckIns));

    public static string NoKeyResults(CultureInfo culture) => Catalog.Say(culture, nameof(NoKeyResults));

    public static string Target(CultureInfo culture, string target) => Catalog.Say(culture, nameof(Target), target);

    public static string StraightLinePace(CultureInfo culture) => Catalog.Say(culture, nameof(StraightLinePace));

    public static string WeekAxis(CultureInfo culture) => Catalog.Say(culture, nameof(WeekAxis));
}
