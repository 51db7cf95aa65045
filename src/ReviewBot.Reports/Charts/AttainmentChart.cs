using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Values;
using ScottPlot;
using ScottPlot.Hatches;
using ScottPlot.TickGenerators;

namespace ReviewBot.Reports.Charts;

/// <summary>
/// Attainment of every key result as a horizontal bar against a dashed 100% line, first key result on top.
/// Horizontal, because key-result titles are long and read best written out beside their bar.
/// </summary>
internal static class AttainmentChart
{
    public const int Width = 1000;

    /// <summary>
    /// Bars stop at this attainment so one key result at 600% does not squash the rest to slivers;
    /// its label still gives the real figure.
    /// </summary>
    private const double CapPercent = 200;

    public static int HeightFor(int keyResultCount) => 60 + (40 * Math.Max(keyResultCount, 1));

    public static byte[] Render(QuarterReview review, CultureInfo culture)
    {
        using var plot = Build(review, culture);
        return plot.GetImageBytes(Width, HeightFor(review.KeyResults.Count), ImageFormat.Png);
    }

    internal static Plot Build(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        var plot = ChartFont.NewPlot();
        ChartStyle.Apply(plot);
        var results = review.KeyResults;
        var bars = results.Select((result, index) => BarOf(result, results.Count - 1 - index, culture)).ToList();
        var longest = 100d;
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            barPlot.ValueLabelStyle.FontName = ChartFont.FamilyName;
            barPlot.ValueLabelStyle.FontSize = 13;
            barPlot.ValueLabelStyle.ForeColor = ChartColors.Ink;
            longest = Math.Max(longest, bars.Max(b => b.Value));
        }
        else
        {
            var empty = plot.Add.Text(ChartText.NoKeyResults(culture), 50, 0);
            empty.LabelFontName = ChartFont.FamilyName;
            empty.LabelFontColor = ChartColors.Muted;
            empty.LabelAlignment = Alignment.MiddleCenter;
        }

        var target = plot.Add.VerticalLine(100);
        target.LineColor = ChartColors.Ink;
        target.LineWidth = 1.5f;
        target.LinePattern = LinePattern.Dashed;

        plot.Axes.Left.SetTicks(
            [.. Enumerable.Range(0, results.Count).Select(i => (double)(results.Count - 1 - i))],
            [.. results.Select(KeyResultLabel.Of)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            LabelFormatter = value => ValueFormatter.FormatRatio((decimal)value / 100m, culture),
        };
        plot.Grid.YAxisStyle.IsVisible = false;

        // Room right of the longest bar for its label.
        plot.Axes.SetLimits(0, longest * 1.15, -0.6, Math.Max(results.Count, 1) - 0.4);
        return plot;
    }

    private static Bar BarOf(KeyResultResult result, int position, CultureInfo culture)
    {
        if (!result.HasCheckIns)
        {
            // A pale striped track to 100%, labelled inside: visibly not a result, and not a red zero either.
            return new Bar
            {
                Position = position,
                Value = 100,
                FillColor = ChartColors.NoCheckIns,
                FillHatch = new Striped(StripeDirection.DiagonalUp),
                FillHatchColor = ChartColors.NoCheckInsHatch,
                LineWidth = 0,
                Label = ChartText.NoCheckIns(culture),
                CenterLabel = true,
                Orientation = Orientation.Horizontal,
            };
        }

        // Attainment is null where the ratio means nothing (a zero target); progress towards the target is the nearest honest bar.
        var attainment = result.Score.Attainment ?? result.Score.Progress;
        return new Bar
        {
            Position = position,
            Value = Math.Clamp((double)(attainment * 100m), 0, CapPercent),
            FillColor = ChartColors.Of(result.Score.Color),
            LineWidth = 0,
            Label = ValueFormatter.FormatRatio(attainment, culture),
            Orientation = Orientation.Horizontal,
        };
    }
}
