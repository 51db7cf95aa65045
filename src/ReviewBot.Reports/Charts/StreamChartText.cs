using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Reports.Charts;

/// <summary>The words drawn on the live-stream chart, in the document's language: StreamChartText.resx and its translations beside it.</summary>
internal static class StreamChartText
{
    private static readonly TextCatalog Catalog = new(typeof(StreamChartText));

    public static string GmvAxis(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(GmvAxis), currency);

    public static string RatingAxis(CultureInfo culture, string highest) => Catalog.Say(culture, nameof(RatingAxis), highest);
}
