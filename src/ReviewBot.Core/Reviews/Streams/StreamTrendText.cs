using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>The words of <c>review streams</c>, in the reader's language: StreamTrendText.resx and its translations beside it.</summary>
internal static class StreamTrendText
{
    private static readonly TextCatalog Catalog = new(typeof(StreamTrendText));

    public static string Headline(CultureInfo culture, string team, string quarter, int count) => Catalog.Say(culture, nameof(Headline), team, quarter, count);

    public static string StreamsHeading(CultureInfo culture) => Catalog.Say(culture, nameof(StreamsHeading));

    public static string StreamLine(CultureInfo culture, string day, string title, string gmv, string orders, string conversion, string rating) => Catalog.Say(culture, nameof(StreamLine), day, title, gmv, orders, conversion, rating);

    public static string QuarterHeading(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(QuarterHeading), quarter);

    public static string TotalGmvLabel(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(TotalGmvLabel), currency);

    public static string TotalOrdersLabel(CultureInfo culture) => Catalog.Say(culture, nameof(TotalOrdersLabel));

    public static string AverageConversionLabel(CultureInfo culture) => Catalog.Say(culture, nameof(AverageConversionLabel));

    public static string AverageRatingLabel(CultureInfo culture) => Catalog.Say(culture, nameof(AverageRatingLabel));

    public static string BestLabel(CultureInfo culture) => Catalog.Say(culture, nameof(BestLabel));

    public static string WeakestLabel(CultureInfo culture) => Catalog.Say(culture, nameof(WeakestLabel));

    public static string NamedStream(CultureInfo culture, string title, string day, string gmv, string rating) => Catalog.Say(culture, nameof(NamedStream), title, day, gmv, rating);

    public static string NoRateShort(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(NoRateShort), currency);

    public static string LeftOutWithoutRate(CultureInfo culture, string currency, string reportingCurrency, string quarter) => Catalog.Say(culture, nameof(LeftOutWithoutRate), currency, reportingCurrency, quarter);

    public static string StreamsNotReviewedYet(CultureInfo culture, int count) => Catalog.Say(culture, nameof(StreamsNotReviewedYet), count);

    public static string NoReviewedStreams(CultureInfo culture, string team, string quarter) => Catalog.Say(culture, nameof(NoReviewedStreams), team, quarter);

    public static string HowToAddAStream(CultureInfo culture) => Catalog.Say(culture, nameof(HowToAddAStream));

    public static string ChartAlt(CultureInfo culture, string team, string quarter, string currency) => Catalog.Say(culture, nameof(ChartAlt), team, quarter, currency);

    public static string ArgumentUnread(CultureInfo culture, string argument) => Catalog.Say(culture, nameof(ArgumentUnread), argument);

    public static string ArgumentHowTo(CultureInfo culture) => Catalog.Say(culture, nameof(ArgumentHowTo));
}
