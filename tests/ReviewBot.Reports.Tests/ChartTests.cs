using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Reports.Charts;

namespace ReviewBot.Reports.Tests;

public sealed class ChartTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private readonly ReviewDocuments documents = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_attainment_chart_is_a_png_one_bar_row_high_per_key_result()
    {
        using var png = Png.Decode(await documents.AttainmentChartAsync(SampleQuarter.Final(), English, Cancel));

        Assert.Equal(1000, png.Width);
        Assert.Equal(60 + (40 * 5), png.Height);
        Assert.True(png.DistinctColours() > 20, "the chart looks blank");
    }

    [Fact]
    public async Task The_attainment_chart_paints_each_key_result_in_its_score_colour_and_one_without_check_ins_grey()
    {
        using var png = Png.Decode(await documents.AttainmentChartAsync(SampleQuarter.Final(), English, Cancel));

        Assert.True(png.CountOf("#2E8B57") > 500, "no green bar");
        Assert.True(png.CountOf("#E0A526") > 500, "no yellow bar");
        Assert.True(png.CountOf("#C8453B") > 200, "no red bar");
        Assert.True(png.CountOf("#E4E7EB") > 200, "no pale track for the key result without check-ins");
    }

    [Fact]
    public void The_attainment_bars_are_labelled_in_the_culture_s_percent_style_and_no_check_ins_says_so()
    {
        using var plot = AttainmentChart.Build(SampleQuarter.Final(), German);
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;

        // Top to bottom: US revenue 62.94M of 60M, Europe 12.25M of 17.5M, conversion 2.4 of 3.0, negative reviews 2.0 / 3.0, storefront.
        Assert.Equal(["104,9 %", "70 %", "80 %", "66,7 %", "no check-ins"], bars.OrderByDescending(b => b.Position).Select(b => b.Label));
        Assert.Equal(104.9, bars.Single(b => b.Position == 4).Value, 6);
    }

    [Fact]
    public void The_attainment_chart_names_each_key_result_with_its_owner()
    {
        using var plot = AttainmentChart.Build(SampleQuarter.Final(), English);
        plot.GetImageBytes(AttainmentChart.Width, AttainmentChart.HeightFor(5), ScottPlot.ImageFormat.Png);

        var labels = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).OrderByDescending(t => t.Position).Select(t => t.Label);

        Assert.Equal(
            ["US revenue (Andy)", "欧洲市场销售额 (Ben)", "Storefront conversion rate (Andy)", "Negative-review rate (Cindy)", "German and French storefronts l... (Ben)"],
            labels);
    }

    [Fact]
    public async Task Charts_are_the_same_bytes_every_time()
    {
        var review = SampleQuarter.Final();

        Assert.Equal(await documents.AttainmentChartAsync(review, English, Cancel), await documents.AttainmentChartAsync(review, English, Cancel));
        Assert.Equal(await documents.RevenueChartAsync(review, English, Cancel), await documents.RevenueChartAsync(review, English, Cancel));
        Assert.Equal(
            await documents.KeyResultChartAsync(review, review.KeyResults[0], English, Cancel),
            await documents.KeyResultChartAsync(review, review.KeyResults[0], English, Cancel));
    }

    [Fact]
    public async Task The_revenue_chart_is_1000_by_450_with_the_revenue_line_and_the_pace()
    {
        var bytes = await documents.RevenueChartAsync(SampleQuarter.Final(), English, Cancel);

        using var png = Png.Decode(Assert.IsType<byte[]>(bytes));
        Assert.Equal(1000, png.Width);
        Assert.Equal(450, png.Height);
        Assert.True(png.CountOf("#2F6DB5") > 300, "no revenue line");
        Assert.True(png.CountOf("#8C96A0") > 50, "no pace line");
    }

    [Fact]
    public void The_revenue_axis_reads_in_the_culture_s_compact_money_style()
    {
        var track = SampleQuarter.Final().Revenue!;
        using var plot = RevenueChart.Build(track, German);
        plot.GetImageBytes(RevenueChart.Width, RevenueChart.Height, ScottPlot.ImageFormat.Png);

        var labels = plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();

        Assert.Contains("20 Mio. US$", labels);
        Assert.All(labels.Where(l => l.Length > 0), l => Assert.EndsWith("US$", l, StringComparison.Ordinal));
    }

    [Fact]
    public void The_revenue_track_sums_the_money_key_results_in_the_reporting_currency()
    {
        var track = SampleQuarter.Final().Revenue!;

        // US$60M + €17.5M × 1.16.
        Assert.Equal(60_000_000m + 20_300_000m, track.Target);
        Assert.Equal(62_940_000m + 14_210_000m, track.Weeks[^1].Actual);
    }

    [Fact]
    public async Task There_is_no_revenue_chart_without_money_that_must_go_up()
    {
        var review = SampleQuarter.Final() with { Revenue = null };

        Assert.Null(await documents.RevenueChartAsync(review, English, Cancel));
    }

    [Fact]
    public async Task A_key_result_chart_is_a_360_by_120_line_in_its_score_colour_over_its_pace()
    {
        var review = SampleQuarter.SoFar();
        var conversion = review.KeyResults.Single(r => r.KeyResult.Unit is PercentageUnit && r.KeyResult.Direction == Direction.Increase);

        using var png = Png.Decode(await documents.KeyResultChartAsync(review, conversion, English, Cancel));

        Assert.Equal(360, png.Width);
        Assert.Equal(120, png.Height);
        Assert.True(png.CountOf("#C8453B") > 30, "no red line for a red key result");
        Assert.True(png.CountOf("#8C96A0") > 10, "no pace line");
    }

    [Fact]
    public async Task A_key_result_without_check_ins_draws_only_its_pace_and_says_so()
    {
        var review = SampleQuarter.Final();
        var storefront = review.KeyResults.Single(r => !r.HasCheckIns);

        using var plot = KeyResultSparkline.Build(storefront, review.WeekCount, English);
        using var png = Png.Decode(await documents.KeyResultChartAsync(review, storefront, English, Cancel));

        Assert.Contains(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "no check-ins");
        Assert.Equal(0, png.CountOf("#C8453B"));
    }

    [Fact]
    public async Task A_revenue_chart_before_the_quarter_starts_shows_the_pace_and_the_target_alone()
    {
        var before = Core.Reviews.Model.QuarterReview.Build(SampleQuarter.Data(), null, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));

        using var png = Png.Decode((await documents.RevenueChartAsync(before, English, Cancel))!);

        Assert.Empty(before.Revenue!.Weeks);
        Assert.True(png.CountOf("#8C96A0") > 50, "no pace line");
    }

    [Fact]
    public async Task A_review_without_key_results_still_draws_an_attainment_chart()
    {
        var empty = SampleQuarter.Final() with { KeyResults = [] };

        using var png = Png.Decode(await documents.AttainmentChartAsync(empty, English, Cancel));

        Assert.Equal(100, png.Height);
    }

    [Fact]
    public async Task Sample_documents_are_written_for_a_look_when_REVIEWBOT_CHART_SAMPLES_names_a_folder()
    {
        var folder = Environment.GetEnvironmentVariable("REVIEWBOT_CHART_SAMPLES");
        if (folder is null)
        {
            return;
        }

        var review = SampleQuarter.Final();
        var soFar = SampleQuarter.SoFar();
        await File.WriteAllBytesAsync(Path.Combine(folder, "attainment.png"), await documents.AttainmentChartAsync(review, CultureInfo.GetCultureInfo("zh-CN"), Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "revenue.png"), (await documents.RevenueChartAsync(soFar, German, Cancel))!, Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "revenue-final.png"), (await documents.RevenueChartAsync(review, CultureInfo.GetCultureInfo("zh-CN"), Cancel))!, Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "kr0.png"), await documents.KeyResultChartAsync(soFar, soFar.KeyResults[0], English, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "kr2.png"), await documents.KeyResultChartAsync(soFar, soFar.KeyResults[2], English, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "review.xlsx"), await documents.XlsxAsync(review, German, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "review-de.csv"), await documents.CsvAsync(review, German, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "kr4.png"), await documents.KeyResultChartAsync(soFar, soFar.KeyResults[4], English, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "kr4-zh.png"), await documents.KeyResultChartAsync(soFar, soFar.KeyResults[4], Chinese, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "revenue-zh.png"), (await documents.RevenueChartAsync(soFar, Chinese, Cancel))!, Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "review-zh.xlsx"), await documents.XlsxAsync(review, Chinese, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "review-zh.csv"), await documents.CsvAsync(review, Chinese, Cancel), Cancel);
        await File.WriteAllBytesAsync(Path.Combine(folder, "report.css"), Page.ReportAssets.Stylesheet, Cancel);
        var links = new Page.ReportPageLinks("report.css", "icon.svg", "review-zh.csv", "review-zh.xlsx", "attainment.png", "revenue-zh.png", n => $"kr{n}.png");
        await File.WriteAllTextAsync(Path.Combine(folder, "report-zh.html"), Page.ReportPage.Render(soFar, Chinese, links), Cancel);
    }

    [Fact]
    public void Long_titles_are_cut_at_a_whole_character_counting_chinese_characters_double()
    {
        Assert.Equal("US revenue", KeyResultLabel.Shorten("US revenue", 34));
        Assert.Equal("欧洲市...", KeyResultLabel.Shorten("欧洲市场销售额", 10));
        Assert.Equal("Gro...", KeyResultLabel.Shorten("Grow export revenue", 6));
    }

    [Fact]
    public void Charts_can_be_drawn_from_several_threads_at_once()
    {
        var review = SampleQuarter.Final();
        var expected = AttainmentChart.Render(review, English);

        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = AttainmentChart.Render(review, English));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
