using ReviewBot.Core.Conversation;
using ReviewBot.Core.Tests.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Reviews;

/// <summary>
/// <c>review streams</c> on the test team in 2026-Q4: three reviewed streams (one sold in euros), one cancelled,
/// one nobody answered yet, and one from the quarter before.
/// </summary>
public sealed class StreamTrendTests
{
    private readonly TestTeam _team;
    private readonly RecordingReviewReports _reports = new();

    public StreamTrendTests() : this(new TestTeam(andyLocale: "zh-CN"))
    {
    }

    private StreamTrendTests(TestTeam team)
    {
        _team = team;
        var opening = _team.Stream("s-1", "Singles Day", new DateTimeOffset(2026, 11, 11, 12, 0, 0, TimeSpan.Zero), _team.Andy, [_team.Ben]);
        _team.Reviewed(opening, _team.Andy, 20_000m, 400, 4.0m, people: 5, goods: 5, scene: 4);
        _team.Answered(opening, _team.Ben, ("people-rating", 4));
        var euro = _team.Stream("s-2", "Black Friday EU", new DateTimeOffset(2026, 11, 19, 12, 0, 0, TimeSpan.Zero), _team.Ben, currency: "EUR");
        _team.Reviewed(euro, _team.Ben, 10_000m, 240, 3.0m, people: 4, goods: 4, scene: 4);
        var slow = _team.Stream("s-3", "Weekday Deals", new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), _team.Andy);
        _team.Reviewed(slow, _team.Andy, 5_000m, 100, 2.0m, people: 3, goods: 3, scene: 3);
        _team.Stream("s-x", "Called off", new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), _team.Andy, cancelled: true);
        _team.Stream("s-4", "Not reviewed yet", new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero), _team.Andy);
        var summer = _team.Stream("s-q3", "Summer Sale", new DateTimeOffset(2026, 8, 20, 12, 0, 0, TimeSpan.Zero), _team.Andy);
        _team.Reviewed(summer, _team.Andy, 7_000m, 90, 1.5m, people: 4, goods: 4, scene: 4);
    }

    [Fact]
    public async Task Everyone_on_the_team_sees_one_line_per_reviewed_stream_with_its_gmv_in_the_reporting_currency()
    {
        var trend = (await _team.SayAsync(_team.Mia, "review streams")).Message();
        var member = (await _team.SayAsync(_team.Ben, "review streams")).Message();

        Assert.Equal("Export Sales · live streams in 2026-Q4: 3 reviewed", trend.Headline);
        // A member reads it too, in their own culture's figures.
        Assert.StartsWith("11. November Singles Day: GMV 20 Tsd. US$", member.Sections[0].Text, StringComparison.Ordinal);
        Assert.Equal(
            "Nov 11 Singles Day: GMV US$20k · orders 400 · conversion 4% · rating 4.5/5\n"
            + "Nov 19 Black Friday EU: GMV US$11.6k · orders 240 · conversion 3% · rating 4.0/5\n"
            + "Nov 24 Weekday Deals: GMV US$5k · orders 100 · conversion 2% · rating 3.0/5",
            trend.Sections[0].Text);
        Assert.Contains("Streams without any answer yet are not counted: 1 this quarter.", trend.Context);
    }

    [Fact]
    public async Task The_quarters_totals_and_averages_name_its_best_and_weakest_stream()
    {
        var trend = (await _team.SayAsync(_team.Mia, "review streams")).Message();

        var totals = trend.Sections[1];
        Assert.Equal("2026-Q4 totals", totals.Title);
        Assert.Equal(
            [
                ("GMV in USD", "US$36.6k"),
                ("Orders", "740"),
                ("Average conversion", "3%"),
                ("Average rating", "3.8/5"),
                ("Best stream", "Singles Day (Nov 11): GMV US$20k, rating 4.5/5"),
                ("Weakest stream", "Weekday Deals (Nov 24): GMV US$5k, rating 3.0/5"),
            ],
            totals.Facts.Select(f => (f.Label, f.Value)));
    }

    [Fact]
    public async Task A_chinese_reader_reads_the_trend_in_chinese()
    {
        var trend = await _team.SayAsync(_team.Andy, "review streams");

        LanguageAssert.Chinese(trend.Text(), "Export Sales", "Singles Day", "Black Friday EU", "Weekday Deals");
        Assert.Equal("Export Sales · 2026-Q4 直播趋势：已复盘 3 场", trend.Message().Headline);
        Assert.StartsWith("11月11日 Singles Day：成交额 US$2万 · 订单 400 · 转化率 4% · 评分 4.5/5", trend.Message().Sections[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review streams last")]
    [InlineData("review streams 2026-Q3")]
    [InlineData("复盘 streams 上季度")]
    public async Task A_quarter_named_by_id_or_as_the_last_one_shows_that_quarters_streams(string command)
    {
        var trend = (await _team.SayAsync(_team.Mia, command)).Message();

        Assert.Equal("Export Sales · live streams in 2026-Q3: 1 reviewed", trend.Headline);
        Assert.StartsWith("Aug 20 Summer Sale: GMV US$7k", trend.Sections[0].Text, StringComparison.Ordinal);
        // One stream is neither the best nor the weakest of anything.
        Assert.DoesNotContain(trend.Sections[1].Facts, f => f.Label == "Best stream");
    }

    [Fact]
    public async Task A_quarter_without_reviewed_streams_says_how_to_add_one_in_the_readers_language()
    {
        var english = (await _team.SayAsync(_team.Mia, "review streams 2026-Q2")).Message();
        var chinese = await _team.SayAsync(_team.Andy, "review streams 2026-Q2");

        Assert.Equal("Export Sales has no reviewed live streams in 2026-Q2.", english.Headline);
        Assert.Contains(english.Context, c => c.StartsWith("Schedule one with review stream add 2026-12-03 20:00 90m", StringComparison.Ordinal));
        LanguageAssert.Chinese(chinese.Text(), "Export Sales");
        Assert.Contains("复盘 直播 添加", chinese.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_it_cannot_read_as_a_quarter_are_named_back_with_what_works()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review streams yesterday")).Message();

        Assert.Equal("review streams reads a quarter, and \"yesterday\" is not one.", reply.Headline);
        Assert.Equal(["Try review streams, review streams last or review streams 2026-Q3."], reply.Context);
    }

    [Fact]
    public async Task Where_documents_are_written_the_trend_carries_its_chart_as_a_png_in_the_readers_language()
    {
        _team.ShareReports(_reports, _reports);

        var trend = (await _team.SayAsync(_team.Andy, "review streams")).Message();

        var chart = Assert.Single(trend.Files);
        Assert.Equal(("ExportSales-2026-Q4-streams.png", "image/png"), (chart.FileName, chart.ContentType));
        Assert.Equal(["streams Export Sales 2026-Q4 zh-CN"], _reports.Written);
        Assert.Equal("Export Sales 2026-Q4 各场直播的成交额（USD，柱状）和平均评分（折线）", chart.Title);
    }

    [Fact]
    public async Task A_stream_in_a_currency_without_a_rate_is_left_out_of_the_gmv_total_and_the_trend_says_so()
    {
        var pounds = _team.Stream("s-5", "Boxing Day UK", new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), _team.Ben, currency: "GBP");
        _team.Reviewed(pounds, _team.Ben, 9_000m, 100, 2.0m, 4, 4, 4);

        var trend = (await _team.SayAsync(_team.Mia, "review streams")).Message();

        Assert.Contains("Nov 27 Boxing Day UK: GMV no GBP rate · orders 100", trend.Sections[0].Text, StringComparison.Ordinal);
        Assert.Equal("US$36.6k", trend.Sections[1].Facts[0].Value);
        Assert.Contains("Streams in GBP are left out of the GMV totals: the team file has no GBP to USD rate for 2026-Q4.", trend.Context);
    }
}
