using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using ReviewBot.Reports.Exports;
using ReviewBot.Testing.Language;

namespace ReviewBot.Reports.Tests;

public sealed class XlsxExportTests
{
    private readonly ReviewDocuments documents = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_workbook_has_key_results_check_ins_roll_ups_and_participation_sheets()
    {
        using var stream = new MemoryStream(await documents.XlsxAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("en-US"), Cancel));

        Assert.Equal(
            ["Key results", "Check-ins", "Roll-ups", "Participation"],
            MiniExcel.GetSheetNames(stream));
    }

    [Fact]
    public async Task The_key_results_read_back_as_numbers_with_the_same_figures()
    {
        var bytes = await documents.XlsxAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("de-DE"), Cancel);

        var rows = Sheet(bytes, "Key results");

        Assert.Equal(5, rows.Count);
        var us = rows.Single(r => (string?)r["Key result"] == SampleQuarter.UsRevenueTitle);
        Assert.Equal("USD", us["Unit"]);
        Assert.Equal(60_000_000m, Number(us["Target"]));
        Assert.Equal(62_940_000m, Number(us["Actual"]));
        Assert.Equal(2_940_000m, Number(us["Difference"]));
        Assert.Equal(1.049m, Number(us["Attainment"]));
        Assert.Equal(1m, Number(us["Score"]));
        Assert.Equal(13m, Number(us["Check-ins"]));
        var europe = rows.Single(r => (string?)r["Key result"] == SampleQuarter.EuropeRevenueTitle);
        Assert.Equal(0.7m, Number(europe["Attainment"]));
        Assert.Equal("Ben Weber", europe["Owner"]);
        var storefront = rows.Single(r => (string?)r["Unit"] == "milestone");
        Assert.Null(storefront["Latest confidence"]);
    }

    [Fact]
    public async Task The_check_ins_read_back_week_by_week()
    {
        var bytes = await documents.XlsxAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("en-US"), Cancel);

        var rows = Sheet(bytes, "Check-ins");

        Assert.Equal(30, rows.Count);
        var us = rows.Where(r => (string?)r["Key result"] == SampleQuarter.UsRevenueTitle).ToList();
        Assert.Equal(Enumerable.Range(1, 13).Select(w => (decimal)w), us.Select(r => Number(r["Week"])));
        Assert.Equal(4_600_000m, Number(us[0]["Value"]));
        Assert.Equal(62_940_000m, Number(us[^1]["Value"]));
        Assert.Equal("on track", us[^1]["Confidence"]);
    }

    [Fact]
    public async Task The_roll_ups_sum_money_in_the_reporting_currency()
    {
        var bytes = await documents.XlsxAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("en-US"), Cancel);

        var team = Sheet(bytes, "Roll-ups").Single(r => (string?)r["Kind"] == "team");

        // US$60M + €17.5M × 1.16 = US$80.3M target; US$62.94M + €12.25M × 1.16 = US$77.15M actual.
        Assert.Equal("USD", team["Currency"]);
        Assert.Equal(80_300_000m, Number(team["Money target"]));
        Assert.Equal(77_150_000m, Number(team["Money actual"]));
        Assert.Equal(-3_150_000m, Number(team["Money difference"]));
        Assert.Null(team["Previous score"]);
    }

    [Fact]
    public async Task Participation_counts_the_weeks_each_owner_checked_in()
    {
        var bytes = await documents.XlsxAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("en-US"), Cancel);

        var andy = Sheet(bytes, "Participation").Single(r => (string?)r["Member"] == "Andy Miller");

        Assert.Equal(13m, Number(andy["Weeks checked in"]));
    }

    [Fact]
    public async Task Figures_carry_number_formats_and_the_header_row_is_bold_and_frozen()
    {
        var bytes = await documents.XlsxAsync(SampleQuarter.Final(), CultureInfo.GetCultureInfo("en-US"), Cancel);

        using var zip = new ZipArchive(new MemoryStream(bytes));
        var styles = Entry(zip, "xl/styles.xml");
        Assert.Contains("formatCode=\"0.0%\"", styles, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"0.00\"", styles, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"#,##0.00\"", styles, StringComparison.Ordinal);
        Assert.Contains("<b", styles, StringComparison.Ordinal);
        var sheet = Entry(zip, "xl/worksheets/sheet1.xml");
        Assert.Contains("ySplit=\"1\"", sheet, StringComparison.Ordinal);
        Assert.Contains("state=\"frozen\"", sheet, StringComparison.Ordinal);
        Assert.Contains("<col ", sheet, StringComparison.Ordinal);
        // A typed, formatted number: no t="inlineStr" as the text cells have.
        Assert.Matches("<c s=\"\\d+\"><v>60000000</v></c>", sheet);
    }

    [Fact]
    public async Task A_chinese_workbook_names_its_sheets_columns_and_words_in_chinese()
    {
        var chinese = CultureInfo.GetCultureInfo("zh-CN");
        var bytes = await documents.XlsxAsync(SampleQuarter.Final(), chinese, Cancel);

        using (var stream = new MemoryStream(bytes))
        {
            Assert.Equal(["关键结果", "签到", "汇总", "参与情况"], MiniExcel.GetSheetNames(stream));
        }

        Assert.Equal(XlsxExport.SheetNames(chinese), ["关键结果", "签到", "汇总", "参与情况"]);
        foreach (var sheet in XlsxExport.SheetNames(chinese))
        {
            using var stream = new MemoryStream(bytes);
            var header = (IDictionary<string, object?>)MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet).First();
            Assert.All(header.Values, name => LanguageAssert.Chinese(Convert.ToString(name, CultureInfo.InvariantCulture) ?? ""));
        }

        var us = Sheet(bytes, "关键结果").Single(r => (string?)r["关键结果"] == SampleQuarter.UsRevenueTitle);
        Assert.Equal(60_000_000m, Number(us["目标值"]));
        Assert.Equal("绿", us["颜色"]);
        Assert.Equal("进展顺利", us["最新信心"]);
        Assert.Equal("上升", us["方向"]);
        Assert.Equal("里程碑", Sheet(bytes, "关键结果").Single(r => (string?)r["关键结果"] == "German and French storefronts localised")["单位"]);
        Assert.Equal("有风险", Sheet(bytes, "签到").Last(r => (string?)r["关键结果"] == SampleQuarter.EuropeRevenueTitle)["信心"]);
        Assert.Equal("团队", Sheet(bytes, "汇总").Last()["类别"]);
        Assert.Equal(13m, Number(Sheet(bytes, "参与情况").Single(r => (string?)r["成员"] == "Andy Miller")["已签到周数"]));
    }

    private static decimal Number(object? value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static string Entry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static List<IDictionary<string, object?>> Sheet(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        return [.. MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>()];
    }
}
