using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>The words of a stream's review post, in the channel's language: StreamReviewPostText.resx and its translations beside it.</summary>
internal static class StreamReviewPostText
{
    private static readonly TextCatalog Catalog = new(typeof(StreamReviewPostText));

    public static string Headline(CultureInfo culture, string title, string day, string start, string end) => Catalog.Say(culture, nameof(Headline), title, day, start, end);

    public static string NobodyAnswered(CultureInfo culture) => Catalog.Say(culture, nameof(NobodyAnswered));

    public static string NumbersHeading(CultureInfo culture) => Catalog.Say(culture, nameof(NumbersHeading));

    public static string RatingsHeading(CultureInfo culture) => Catalog.Say(culture, nameof(RatingsHeading));

    public static string OtherWords(CultureInfo culture) => Catalog.Say(culture, nameof(OtherWords));

    public static string ReviewersHeading(CultureInfo culture, int answered, int asked) => Catalog.Say(culture, nameof(ReviewersHeading), answered, asked);

    public static string AnsweredLabel(CultureInfo culture) => Catalog.Say(culture, nameof(AnsweredLabel));

    public static string NotAnsweredLabel(CultureInfo culture) => Catalog.Say(culture, nameof(NotAnsweredLabel));

    public static string NumberWithTarget(CultureInfo culture, string value, string attainment, string target) => Catalog.Say(culture, nameof(NumberWithTarget), value, attainment, target);

    public static string NumberWithAverage(CultureInfo culture, string value, string arrow, string average) => Catalog.Say(culture, nameof(NumberWithAverage), value, arrow, average);

    public static string NumberWithTargetAndAverage(CultureInfo culture, string value, string attainment, string target, string arrow, string average) => Catalog.Say(culture, nameof(NumberWithTargetAndAverage), value, attainment, target, arrow, average);

    public static string NotRated(CultureInfo culture) => Catalog.Say(culture, nameof(NotRated));

    public static string RatingFromOne(CultureInfo culture, string average, string highest) => Catalog.Say(culture, nameof(RatingFromOne), average, highest);

    public static string RatingFromMany(CultureInfo culture, string average, string highest, int count) => Catalog.Say(culture, nameof(RatingFromMany), average, highest, count);

    public static string RatingFromOneWithAverage(CultureInfo culture, string average, string highest, string arrow, string earlier) => Catalog.Say(culture, nameof(RatingFromOneWithAverage), average, highest, arrow, earlier);

    public static string RatingFromManyWithAverage(CultureInfo culture, string average, string highest, int count, string arrow, string earlier) => Catalog.Say(culture, nameof(RatingFromManyWithAverage), average, highest, count, arrow, earlier);

    public static string FirstReviewedStream(CultureInfo culture) => Catalog.Say(culture, nameof(FirstReviewedStream));

    public static string ComparedWithPrevious(CultureInfo culture, int count) => Catalog.Say(culture, nameof(ComparedWithPrevious), count);

    public static string NoRate(CultureInfo culture, string currency, string reportingCurrency, string quarter) => Catalog.Say(culture, nameof(NoRate), currency, reportingCurrency, quarter);
}
