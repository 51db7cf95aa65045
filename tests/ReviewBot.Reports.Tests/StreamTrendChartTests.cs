using System.Globalization;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews.Streams;
using ReviewBot.Core.Streams;
using ReviewBot.Reports.Charts;
using ReviewBot.Testing.Language;
using ScottPlot;

namespace ReviewBot.Reports.Tests;

public sealed class StreamTrendChartTests
{
    private const string ChineseTitle = "黑五欧洲专场";
    private static readonly Quarter Q4 = new(2026, 4);
    private readonly ReviewDocuments documents = new();

    [Fact]
    public async Task The_stream_chart_is_a_png_of_gmv_bars_with_the_rating_line()
    {
        using var png = Png.Decode(await documents.StreamTrendChartAsync(Trend(), CultureInfo.GetCultureInfo("en-US"), TestContext.Current.CancellationToken));

        Assert.Equal((1000, 480), (png.Width, png.Height));
        Assert.True(png.CountOf("#2F6DB5") > 2000, "no GMV bars");
        Assert.True(png.CountOf("#E0A526") > 100, "no rating line");
    }

    [Fact]
    public void Each_bar_is_a_streams_gmv_labelled_in_the_reporting_currency_and_the_line_is_on_the_second_axis()
    {
        using var plot = StreamTrendChart.Build(Trend(), CultureInfo.GetCultureInfo("en-US"));

        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal(["US$20k", "US$11.6k"], bars.OrderBy(b => b.Position).Select(b => b.Label));
        var line = plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single();
        Assert.Same(plot.Axes.Right, line.Axes.YAxis);
        Assert.Equal([4.5, 3.0, 4.0], line.Data.GetScatterPoints().Select(p => p.Y));
        Assert.Equal("GMV in USD", plot.Axes.Left.Label.Text);
        Assert.Equal("Average rating (1 to 5)", plot.Axes.Right.Label.Text);
    }

    [Fact]
    public void A_chinese_chart_names_its_streams_and_axes_in_chinese_in_a_font_that_draws_them()
    {
        CjkFont.Require();
        using var plot = StreamTrendChart.Build(Trend(), CultureInfo.GetCultureInfo("zh-CN"));
        plot.GetImageBytes(StreamTrendChart.Width, StreamTrendChart.Height, ImageFormat.Png);

        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label).ToList();
        Assert.Equal(["11月11日\nSingles Day", "11月19日\n" + ChineseTitle, "11月24日\n直播间周三特卖会场第二场次…"], ticks);
        var words = ticks.Append(plot.Axes.Left.Label.Text).Append(plot.Axes.Right.Label.Text).ToList();
        LanguageAssert.Chinese(string.Join("\n", words), "Singles Day");
        foreach (var font in new[] { plot.Axes.Bottom.TickLabelStyle.FontName, plot.Axes.Left.Label.FontName, plot.Axes.Right.Label.FontName })
        {
            Assert.Equal(ChartFont.FamilyName, font);
        }

        var typeface = Fonts.GetTypeface(ChartFont.FamilyName, bold: false, italic: false);
        var han = new string([.. string.Concat(words).Where(c => c >= '\u4E00' && c <= '\u9FFF')]);
        Assert.All(typeface.GetGlyphs(han), glyph => Assert.NotEqual(0, glyph));
    }

    [Fact]
    public async Task The_stream_chart_is_the_same_bytes_every_time()
    {
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        var cancel = TestContext.Current.CancellationToken;

        Assert.Equal(await documents.StreamTrendChartAsync(Trend(), culture, cancel), await documents.StreamTrendChartAsync(Trend(), culture, cancel));
    }

    /// <summary>Three streams: two with GMV (one sold in euros), the third with a long Chinese title and no GMV given.</summary>
    private static StreamTrend Trend()
    {
        var team = new Team
        {
            Id = "team-1",
            WorkspaceId = "ws-1",
            Key = "export-sales",
            Name = "Export Sales",
            TimeZoneId = "Asia/Shanghai",
            ReportingCurrency = "USD",
            CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0)),
        };
        StreamTrendLine Line(string title, int day, decimal? gmv, decimal rating) =>
            new(Stream(title, day), new DateOnly(2026, 11, day), gmv, false, 100m, 2m, rating, 5);
        return new StreamTrend
        {
            Team = team,
            Quarter = Q4,
            Streams = [Line("Singles Day", 11, 20_000m, 4.5m), Line(ChineseTitle, 19, 11_600m, 3.0m), Line("直播间周三特卖会场第二场次活动", 24, null, 4.0m)],
            NotReviewed = 0,
        };
    }

    private static LiveStream Stream(string title, int day) => new()
    {
        Id = $"s-{day}",
        WorkspaceId = "ws-1",
        TeamId = "team-1",
        Title = title,
        StartsAt = new DateTimeOffset(2026, 11, day, 12, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromMinutes(90),
        Quarter = Q4,
        WeekNumber = 1,
        HostMemberId = "andy",
        Currency = "USD",
        TemplateId = ReviewTemplates.LiveStream.Id,
    };
}
