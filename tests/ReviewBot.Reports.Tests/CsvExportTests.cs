using System.Globalization;
using System.Text;
using CsvHelper;
using ReviewBot.Reports.Exports;
using ReviewBot.Testing.Language;

namespace ReviewBot.Reports.Tests;

public sealed class CsvExportTests
{
    private readonly ReviewDocuments documents = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public async Task The_key_results_read_back_to_the_same_figures(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);

        var rows = Read(await documents.CsvAsync(SampleQuarter.Final(), culture, Cancel), culture);

        var keyResults = rows.Where(r => r["Row"] == "key result").ToList();
        Assert.Equal(5, keyResults.Count);
        var us = keyResults.Single(r => r["Key result"] == SampleQuarter.UsRevenueTitle);
        // Target US$60M, actual US$62.94M: +US$2.94M, 62.94 / 60 = 1.049.
        Assert.Equal("Grow export revenue to a US$80M quarter", us["Objective"]);
        Assert.Equal("Andy Miller", us["Owner"]);
        Assert.Equal("US", us["Market"]);
        Assert.Equal("USD", us["Unit"]);
        Assert.Equal(0m, Number(us["Start"], culture));
        Assert.Equal(60_000_000m, Number(us["Target"], culture));
        Assert.Equal(62_940_000m, Number(us["Actual"], culture));
        Assert.Equal(2_940_000m, Number(us["Difference"], culture));
        Assert.Equal(1.049m, Number(us["Attainment"], culture));
        Assert.Equal(1m, Number(us["Score"], culture));
        Assert.Equal("green", us["Colour"]);
        Assert.Equal("on track", us["Confidence"]);
        Assert.Equal("up", us["Direction"]);
        Assert.Equal("13", us["Check-ins"]);
        Assert.Equal(string.Empty, us["Week"]);

        // 4.5% down to 3.0% of a way to 2.0%: progress 1.5 / 2.5 = 0.6; attainment 2.0 / 3.0, cut to four places.
        var reviews = keyResults.Single(r => r["Key result"] == "Negative-review rate");
        Assert.Equal("%", reviews["Unit"]);
        // Actual minus target: 3.0 - 2.0, one point above a target that must be reached going down.
        Assert.Equal(1.0m, Number(reviews["Difference"], culture));
        Assert.Equal(0.6666m, Number(reviews["Attainment"], culture));
        Assert.Equal(0.6m, Number(reviews["Score"], culture));
        Assert.Equal("yellow", reviews["Colour"]);
        Assert.Equal("at risk", reviews["Confidence"]);
        Assert.Equal("down", reviews["Direction"]);

        var storefront = keyResults.Single(r => r["Unit"] == "milestone");
        Assert.Equal("0", storefront["Check-ins"]);
        Assert.Equal(string.Empty, storefront["Confidence"]);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    public async Task Every_weekly_check_in_follows_the_key_results(string cultureName)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);

        var rows = Read(await documents.CsvAsync(SampleQuarter.Final(), culture, Cancel), culture);

        Assert.Equal(Enumerable.Repeat("key result", 5).Concat(Enumerable.Repeat("check-in", 30)), rows.Select(r => r["Row"]));
        var europe = rows.Where(r => r["Row"] == "check-in" && r["Key result"] == SampleQuarter.EuropeRevenueTitle).ToList();
        Assert.Equal(13, europe.Count);
        Assert.Equal("Ben Weber", europe[0]["Owner"]);
        Assert.Equal("EUR", europe[0]["Unit"]);
        Assert.Equal(1, int.Parse(europe[0]["Week"], culture));
        Assert.Equal(900_000m, Number(europe[0]["Value"], culture));
        // €900k of €17.5M.
        Assert.Equal(0.0514m, Number(europe[0]["Score"], culture));
        Assert.Equal(12_250_000m, Number(europe[^1]["Value"], culture));
        Assert.Equal(0.7m, Number(europe[^1]["Score"], culture));
        Assert.Equal("at risk", europe[^1]["Confidence"]);
        Assert.Equal(string.Empty, europe[^1]["Target"]);
    }

    [Fact]
    public async Task A_german_file_separates_fields_with_semicolons_and_decimals_with_commas()
    {
        var text = Text(await documents.CsvAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("de-DE"), Cancel));

        Assert.StartsWith("Row;Objective;Key result;", text, StringComparison.Ordinal);
        Assert.Contains(";60000000;62940000;2940000;1,049;1;green;", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_american_file_separates_fields_with_commas_and_decimals_with_points()
    {
        var text = Text(await documents.CsvAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("en-US"), Cancel));

        Assert.Contains(",60000000,62940000,2940000,1.049,1,green,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_file_is_utf8_with_a_byte_order_mark_so_excel_shows_chinese_titles()
    {
        var bytes = await documents.CsvAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("zh-CN"), Cancel);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains(SampleQuarter.EuropeRevenueTitle, Text(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_file_has_chinese_headers_and_chinese_words_for_kinds_colours_confidence_and_direction()
    {
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        var bytes = await documents.CsvAsync(SampleQuarter.Final(), chinese, Cancel);

        var header = Text(bytes).Split('\n')[0].TrimEnd('\r');
        Assert.Equal(
            "行类型,目标,关键结果,负责人,市场,单位,起始值,目标值,实际值,差额,达成率,得分,颜色,信心,方向,签到次数,周,数值",
            header);
        LanguageAssert.Chinese(header);
        var rows = Read(bytes, chinese);
        Assert.Equal(Enumerable.Repeat("关键结果", 5).Concat(Enumerable.Repeat("签到", 30)), rows.Select(r => r["行类型"]));
        var us = rows.First(r => r["关键结果"] == SampleQuarter.UsRevenueTitle);
        Assert.Equal(62_940_000m, Number(us["实际值"], chinese));
        Assert.Equal("绿", us["颜色"]);
        Assert.Equal("进展顺利", us["信心"]);
        Assert.Equal("上升", us["方向"]);
        var reviews = rows.First(r => r["关键结果"] == "Negative-review rate");
        Assert.Equal(("黄", "有风险", "下降"), (reviews["颜色"], reviews["信心"], reviews["方向"]));
        Assert.Equal("里程碑", rows.First(r => r["关键结果"] == "German and French storefronts localised")["单位"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\")")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    public async Task A_title_that_looks_like_a_formula_is_kept_as_text(string title)
    {
        var review = SampleQuarter.WithTitles(title);
        var culture = CultureInfo.GetCultureInfo("en-US");

        var rows = Read(await documents.CsvAsync(review, culture, Cancel), culture);

        Assert.Equal("'" + title, rows[0]["Key result"]);
        // Numbers are never touched: a negative difference stays a number.
        Assert.Equal(-200_000m, Number(rows[0]["Difference"], culture));
    }

    [Theory]
    [InlineData("en-US", ',')]
    [InlineData("de-DE", ';')]
    [InlineData("fr-FR", ';')]
    [InlineData("zh-CN", ',')]
    [InlineData("ja-JP", ',')]
    public void The_separator_is_the_culture_s_list_separator(string cultureName, char separator)
    {
        Assert.Equal(separator, CsvExport.Separator(CultureInfo.GetCultureInfo(cultureName)));
    }

    private static string Text(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    private static decimal Number(string text, CultureInfo culture) => decimal.Parse(text, NumberStyles.Number, culture);

    /// <summary>Reads the file the way a consumer would: CsvHelper, the culture's separator, fields by header name.</summary>
    private static List<Dictionary<string, string>> Read(byte[] bytes, CultureInfo culture)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = CsvExport.Separator(culture), FormatProvider = culture });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(CsvExport.Header(culture).ToDictionary(name => name, name => reader.GetString(name) ?? string.Empty));
        }

        return rows;
    }
}
