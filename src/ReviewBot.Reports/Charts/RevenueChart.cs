using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Values;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace ReviewBot.Reports.Charts;

/// <summary>
/// The team's revenue in the reporting currency week by week, against the straight line from the summed
/// start to the summed target and the target itself: at a glance, ahead of pace or behind it.
/// </summary>
internal static class RevenueChart
{
    public const int Width = 1000;
    public const int Height = 450;

    public static byte[] Render(RevenueTrack track, CultureInfo culture)
    {
        using var plot = Build(track, culture);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    internal static Plot Build(RevenueTrack track, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(culture);
        var plot = ChartFont.NewPlot();
        ChartStyle.Apply(plot);
        var weekCount = Math.Max(track.WeekCount, 1);

        var unit = new CurrencyUnit(track.Currency);
        var target = plot.Add.HorizontalLine((double)track.Target);
        target.LineColor = ChartColors.Ink;
        target.LineWidth = 1.5f;

        var pace = plot.Add.Scatter(new double[] { 0, weekCount }, [(double)track.Start, (double)track.PaceAfter(weekCount)]);
        pace.Color = ChartColors.Pace;
        pace.LineWidth = 2;
        pace.LinePattern = LinePattern.Dashed;
        pace.MarkerSize = 0;

        // The line starts at the summed start before week 1, where the pace line starts too.
        var weeks = new List<double> { 0 };
        var actuals = new List<double> { (double)track.Start };
        weeks.AddRange(track.Weeks.Select(w => (double)w.Week));
        actuals.AddRange(track.Weeks.Select(w => (double)w.Actual));
        var actual = plot.Add.Scatter(weeks.ToArray(), actuals.ToArray());
        actual.Color = ChartColors.Actual;
        actual.LineWidth = 3;
        actual.MarkerSize = 7;

        // Lines are named where they are rather than in a legend: nothing to look up, nothing hidden behind a box.
        Label(plot, ChartText.Target(culture, ValueFormatter.Format(track.Target, unit, culture)), 0, (double)track.Target, ChartColors.Ink, Alignment.LowerLeft, 8);
        const decimal paceLabelAt = 0.8m;
        Label(plot, ChartText.StraightLinePace(culture), weekCount * (double)paceLabelAt, (double)(track.Start + ((track.Target - track.Start) * paceLabelAt)), ChartColors.Pace, Alignment.UpperLeft, 10);
        if (track.Weeks.Count > 0)
        {
            var latest = track.Weeks[^1];
            Label(plot, ValueFormatter.Format(latest.Actual, unit, culture), latest.Week, (double)latest.Actual, ChartColors.Actual, Alignment.LowerRight, -6);
        }

        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = MoneyTicks.Formatter(track.Currency, culture) };
        plot.Axes.Bottom.SetTicks(
            [.. Enumerable.Range(1, weekCount).Select(w => (double)w)],
            [.. Enumerable.Range(1, weekCount).Select(w => w.ToString(culture))]);
        plot.Axes.Bottom.Label.Text = ChartText.WeekAxis(culture);
        plot.Axes.Bottom.Label.FontSize = 13;
        plot.Axes.Bottom.Label.ForeColor = ChartColors.Muted;

        var top = Math.Max((double)track.Target, actuals.Max()) * 1.1;
        var bottom = Math.Min(0, actuals.Min());
        plot.Axes.SetLimits(0, weekCount + 0.3, bottom, top > bottom ? top : bottom + 1);

        return plot;
    }

    private static void Label(Plot plot, string text, double x, double y, Color color, Alignment alignment, float offsetX)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFont.FamilyName;
        label.LabelFontSize = 13;
        label.LabelBold = true;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
        label.OffsetX = offsetX;
        label.OffsetY = alignment == Alignment.UpperLeft ? 10 : -6;
    }
}
