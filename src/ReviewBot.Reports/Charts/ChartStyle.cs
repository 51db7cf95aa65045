using ScottPlot;

namespace ReviewBot.Reports.Charts;

/// <summary>The look the charts share: white background, quiet grid and frame, dark text.</summary>
internal static class ChartStyle
{
    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = ChartColors.Grid;
        plot.Axes.Color(ChartColors.Muted);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.ForeColor = ChartColors.Ink;
        }

        plot.Axes.Top.FrameLineStyle.IsVisible = false;
        plot.Axes.Right.FrameLineStyle.IsVisible = false;
    }
}
