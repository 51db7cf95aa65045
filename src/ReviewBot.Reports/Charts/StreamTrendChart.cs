using System.Globalization;
using ReviewBot.Core.Reviews.Streams;
using ReviewBot.Core.Values;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReviewBot.Reports.Charts;

/// <summary>
/// A quarter's live streams side by side: each stream's GMV in the reporting currency as a bar against the left
/// axis, its average rating as a line against the right one, so a stream that sold well but was rated low (or the
/// other way round) stands out. Each stream is named under its bar by its day and title.
/// </summary>
internal static class StreamTrendChart
{
    public const int Width = 1000;
    public const int Height = 480;

    /// <summary>Longer titles are cut so the names under the bars do not run into each other.</summary>
    private const int TitleLength = 14;

    public static byte[] Render(StreamTrend trend, CultureInfo culture)
    {
        using var plot = Build(trend, culture);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    internal static Plot Build(StreamTrend trend, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(culture);
        var plot = ChartFont.NewPlot();
        ChartStyle.Apply(plot);
        var streams = trend.Streams;
        var currency = trend.Team.ReportingCurrency;

        var bars = streams
            .Select((s, i) => (s, i))
            .Where(x => x.s.Gmv is not null)
            .Select(x => new Bar
            {
                Position = x.i,
                Value = (double)x.s.Gmv!.Value,
                FillColor = ChartColors.Actual,
                LineWidth = 0,
                Size = 0.6,
                Label = ValueFormatter.Format(x.s.Gmv.Value, new Core.Okrs.CurrencyUnit(currency), culture),
            })
            .ToList();
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontName = ChartFont.FamilyName;
            barPlot.ValueLabelStyle.FontSize = 12;
            barPlot.ValueLabelStyle.ForeColor = ChartColors.Ink;
        }

        var rated = streams.Select((s, i) => (s, i)).Where(x => x.s.AverageRating is not null).ToList();
        var highest = streams.Select(s => s.HighestRating).DefaultIfEmpty(5).Max();
        if (rated.Count > 0)
        {
            var line = plot.Add.Scatter(
                rated.Select(x => (double)x.i).ToArray(),
                rated.Select(x => (double)x.s.AverageRating!.Value).ToArray());
            line.Axes.YAxis = plot.Axes.Right;
            line.Color = ChartColors.Yellow;
            line.LineWidth = 3;
            line.MarkerSize = 9;
        }

        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = MoneyTicks.Formatter(currency, culture) };
        plot.Axes.Left.Label.Text = StreamChartText.GmvAxis(culture, currency);
        plot.Axes.Right.Label.Text = StreamChartText.RatingAxis(culture, highest.ToString(culture));
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Right })
        {
            axis.Label.FontSize = 13;
            axis.Label.ForeColor = ChartColors.Muted;
        }

        plot.Axes.Right.Label.ForeColor = ChartColors.Yellow;
        plot.Axes.Right.SetTicks(
            [.. Enumerable.Range(0, highest + 1).Select(r => (double)r)],
            [.. Enumerable.Range(0, highest + 1).Select(r => r.ToString(culture))]);
        plot.Axes.Bottom.SetTicks(
            [.. streams.Select((_, i) => (double)i)],
            [.. streams.Select(s => DateText.Day(s.Day, culture) + "\n" + Shortened(s.Stream.Title))]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        // Two-line names are laid out around their middle; moved down, the first line clears the bars.
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 8;

        // Fixed margins: ScottPlot measures the right axis by its ticks alone and would cut its rotated label off.
        plot.Layout.Fixed(new PixelPadding(90, 80, 60, 20));

        // The bars keep to the lower part of the chart, below where ratings of 3 and more run, so labels and line rarely meet.
        var top = bars.Count > 0 ? bars.Max(b => b.Value) * 1.6 : 1;
        plot.Axes.SetLimitsX(-0.6, Math.Max(streams.Count, 1) - 0.4);
        plot.Axes.SetLimitsY(0, top, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, highest * 1.1, plot.Axes.Right);
        return plot;
    }

    private static string Shortened(string title) =>
        new StringInfo(title).LengthInTextElements <= TitleLength ? title : new StringInfo(title).SubstringByTextElements(0, TitleLength - 1) + "…";
}
