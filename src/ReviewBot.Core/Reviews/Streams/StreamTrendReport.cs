using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>
/// <c>review streams</c> as a message: one line per reviewed stream of the quarter (day, title, GMV, orders,
/// conversion, rating), then the quarter's totals and averages with its best and weakest stream.
/// </summary>
public static class StreamTrendReport
{
    public static MessageReply Build(StreamTrend trend, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(culture);
        var quarter = trend.Quarter.ToString();
        if (trend.Streams.Count == 0)
        {
            var context = new List<string>();
            if (trend.NotReviewed > 0)
            {
                context.Add(StreamTrendText.StreamsNotReviewedYet(culture, trend.NotReviewed));
            }

            context.Add(StreamTrendText.HowToAddAStream(culture));
            return new MessageReply { Headline = StreamTrendText.NoReviewedStreams(culture, trend.Team.Name, quarter), Context = context };
        }

        var reporting = trend.Team.ReportingCurrency;
        var lines = trend.Streams.Select(s => StreamTrendText.StreamLine(
            culture,
            DateText.Day(s.Day, culture),
            s.Stream.Title,
            Gmv(s, reporting, culture),
            s.Orders is { } orders ? StreamValues.Count(orders, culture) : StreamValues.None,
            s.Conversion is { } conversion ? StreamValues.Percent(conversion, culture) : StreamValues.None,
            Rating(s.AverageRating, s.HighestRating, culture)));
        var totals = new List<Fact>
        {
            new(StreamTrendText.TotalGmvLabel(culture, reporting), trend.TotalGmv is { } gmv ? StreamValues.Money(gmv, reporting, culture) : StreamValues.None),
            new(StreamTrendText.TotalOrdersLabel(culture), trend.TotalOrders is { } orders ? StreamValues.Count(orders, culture) : StreamValues.None),
            new(StreamTrendText.AverageConversionLabel(culture), trend.AverageConversion is { } conversion ? StreamValues.Percent(conversion, culture) : StreamValues.None),
            new(StreamTrendText.AverageRatingLabel(culture), Rating(trend.AverageRating, trend.Streams.Max(s => s.HighestRating), culture)),
        };
        if (trend.Best is { } best && trend.Weakest is { } weakest && best != weakest)
        {
            totals.Add(new Fact(StreamTrendText.BestLabel(culture), Named(best, reporting, culture)));
            totals.Add(new Fact(StreamTrendText.WeakestLabel(culture), Named(weakest, reporting, culture)));
        }

        var notes = new List<string>();
        if (trend.NotReviewed > 0)
        {
            notes.Add(StreamTrendText.StreamsNotReviewedYet(culture, trend.NotReviewed));
        }

        notes.AddRange(trend.CurrenciesWithoutRate.Select(c => StreamTrendText.LeftOutWithoutRate(culture, c, reporting, quarter)));
        return new MessageReply
        {
            Headline = StreamTrendText.Headline(culture, trend.Team.Name, quarter, trend.Streams.Count),
            Sections =
            [
                Section.Of(StreamTrendText.StreamsHeading(culture), string.Join('\n', lines)),
                Section.WithFacts(StreamTrendText.QuarterHeading(culture, quarter), totals),
            ],
            Context = notes,
        };
    }

    /// <summary>What the chart shows, for screen readers and channels without images.</summary>
    public static string ChartAlt(StreamTrend trend, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return StreamTrendText.ChartAlt(culture, trend.Team.Name, trend.Quarter.ToString(), trend.Team.ReportingCurrency);
    }

    private static string Gmv(StreamTrendLine line, string reporting, CultureInfo culture) =>
        line.Gmv is { } gmv ? StreamValues.Money(gmv, reporting, culture) : line.LacksRate ? StreamTrendText.NoRateShort(culture, line.Stream.Currency) : StreamValues.None;

    private static string Rating(decimal? average, int highest, CultureInfo culture) =>
        average is { } a ? StreamValues.RatingOutOf(a, highest, culture) : StreamValues.None;

    private static string Named(StreamTrendLine line, string reporting, CultureInfo culture) =>
        StreamTrendText.NamedStream(culture, line.Stream.Title, DateText.Day(line.Day, culture), Gmv(line, reporting, culture), Rating(line.AverageRating, line.HighestRating, culture));
}
