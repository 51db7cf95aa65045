using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using ScottPlot;

namespace ReviewBot.Reports.Charts;

/// <summary>
/// One key result's weekly values as a small line, coloured by its latest score, over the dashed straight
/// line from start to target. No axes or numbers: it sits beside the figures that give them.
/// </summary>
internal static class KeyResultSparkline
{
    public const int Width = 360;
    public const int Height = 120;

    public static byte[] Render(KeyResultResult result, int weekCount, CultureInfo culture)
    {
        using var plot = Build(result, weekCount, culture);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    internal static Plot Build(KeyResultResult result, int weekCount, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(culture);
        var weeks = Math.Max(weekCount, 1);
        var plot = ChartFont.NewPlot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Frameless();
        plot.HideGrid();

        var paceWeeks = Enumerable.Range(0, weeks + 1).Select(w => (double)w).ToArray();
        var paceValues = Enumerable.Range(0, weeks + 1).Select(w => (double)result.PaceAfter(w, weeks)).ToArray();
        var pace = plot.Add.Scatter(paceWeeks, paceValues);
        pace.Color = ChartColors.Pace;
        pace.LineWidth = 1.5f;
        pace.LinePattern = LinePattern.Dashed;
        pace.MarkerSize = 0;

        var values = new List<double>(paceValues);
        if (result.HasCheckIns)
        {
            var xs = new List<double> { 0 };
            var ys = new List<double> { (double)result.KeyResult.Start };
            xs.AddRange(result.Weekly.Select(w => (double)w.Week));
            ys.AddRange(result.Weekly.Select(w => (double)w.Value));
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
            line.Color = ChartColors.Of(result.Score.Color);
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;

            // The latest value as a dot, so the eye finds where the key result stands now.
            var latest = plot.Add.Marker(xs[^1], ys[^1]);
            latest.Color = line.Color;
            latest.Size = 8;
            values.AddRange(ys);
        }
        else
        {
            var text = plot.Add.Text(ChartText.NoCheckIns(culture), weeks / 2d, (paceValues[0] + paceValues[^1]) / 2);
            text.LabelFontName = ChartFont.FamilyName;
            text.LabelFontSize = 14;
            text.LabelFontColor = ChartColors.Muted;
            text.LabelAlignment = Alignment.MiddleCenter;
        }

        var low = values.Min();
        var high = values.Max();
        var margin = high > low ? (high - low) * 0.12 : 1;
        plot.Axes.SetLimits(-0.3, weeks + 0.3, low - margin, high + margin);
        return plot;
    }
}
