using System.Globalization;
using ReviewBot.Reports.Charts;
using ReviewBot.Testing.Language;
using ScottPlot;
using SkiaSharp;

namespace ReviewBot.Reports.Tests;

public sealed class ChartFontTests
{
    private const string ChineseTitle = SampleQuarter.EuropeRevenueTitle;

    [Fact]
    public void Every_label_of_a_chart_is_drawn_in_a_font_that_has_the_chinese_glyphs()
    {
        CjkFont.Require();
        using var plot = AttainmentChart.Build(SampleQuarter.Final(), CultureInfo.GetCultureInfo("zh-CN"));

        var names = plot.Axes.GetAxes().Select(a => a.TickLabelStyle.FontName).Append(plot.Axes.Title.Label.FontName).Distinct().ToList();

        var name = Assert.Single(names);
        Assert.Equal(ChartFont.FamilyName, name);
        // The typeface ScottPlot itself resolves for that name, not one we looked up on the side.
        var typeface = Fonts.GetTypeface(name, bold: false, italic: false);
        Assert.Equal(name, typeface.FamilyName);
        var glyphs = typeface.GetGlyphs(ChineseTitle + "日本語");
        Assert.Equal(ChineseTitle.Length + 3, glyphs.Length);
        Assert.All(glyphs, glyph => Assert.NotEqual(0, glyph));
    }

    [Fact]
    public void Different_chinese_titles_render_as_different_glyphs_where_missing_characters_render_as_the_same_box()
    {
        CjkFont.Require();
        var culture = CultureInfo.GetCultureInfo("zh-CN");

        var sales = LabelArea(SampleQuarter.WithTitles("销售额"), culture);
        var europe = LabelArea(SampleQuarter.WithTitles("欧洲市"), culture);
        // Plane-15 private-use characters: no font has them, so both titles come out as the same three boxes.
        var missingA = LabelArea(SampleQuarter.WithTitles("\U000F0001\U000F0002\U000F0003"), culture);
        var missingB = LabelArea(SampleQuarter.WithTitles("\U000F0004\U000F0005\U000F0006"), culture);

        Assert.Equal(missingA, missingB);
        Assert.NotEqual(sales, europe);
        Assert.NotEqual(sales, missingA);
        Assert.NotEqual(europe, missingA);
    }

    [Fact]
    public void A_chinese_documents_charts_write_their_own_words_in_chinese_in_a_font_that_draws_them()
    {
        CjkFont.Require();
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        var final = SampleQuarter.Final();
        var storefront = final.KeyResults.Single(r => !r.HasCheckIns);

        using var revenue = RevenueChart.Build(SampleQuarter.SoFar().Revenue!, culture);
        using var attainment = AttainmentChart.Build(final, culture);
        using var sparkline = KeyResultSparkline.Build(storefront, final.WeekCount, culture);

        var words = revenue.GetPlottables<ScottPlot.Plottables.Text>().Select(t => (t.LabelText, t.LabelFontName))
            .Append((revenue.Axes.Bottom.Label.Text, revenue.Axes.Bottom.Label.FontName))
            .Concat(sparkline.GetPlottables<ScottPlot.Plottables.Text>().Select(t => (t.LabelText, t.LabelFontName)))
            .Concat(attainment.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.Where(b => b.Label.Any(char.IsLetter))
                .Select(b => (b.Label, attainment.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().ValueLabelStyle.FontName)))
            .ToList();

        Assert.Contains(words, w => w.Item1 == "周");
        Assert.Contains(words, w => w.Item1 == "直线进度");
        Assert.Equal(2, words.Count(w => w.Item1 == "暂无签到"));
        LanguageAssert.Chinese(string.Join("\n", words.Select(w => w.Item1)));
        foreach (var (text, fontName) in words)
        {
            Assert.Equal(ChartFont.FamilyName, fontName);
            var typeface = Fonts.GetTypeface(fontName, bold: false, italic: false);
            var han = new string([.. text.Where(c => c >= '\u4E00' && c <= '\u9FFF')]);
            // A missing glyph is glyph 0, drawn as the same empty box for every character.
            Assert.All(typeface.GetGlyphs(han), glyph => Assert.NotEqual(0, glyph));
            using var font = new SKFont(typeface, 13);
            Assert.All(han, c => Assert.True(font.MeasureText(c.ToString()) > 6, $"{c} has no width in {fontName}"));
        }
    }

    [Fact]
    public void Without_a_preferred_cjk_family_the_chosen_font_is_still_an_installed_one()
    {
        var typeface = Fonts.GetTypeface(ChartFont.FamilyName, bold: false, italic: false);

        Assert.Equal(ChartFont.FamilyName, typeface.FamilyName, ignoreCase: true);
    }

    // The left of the chart, where the key-result titles are; the bars and values are to the right of it.
    private static string LabelArea(Core.Reviews.Model.QuarterReview review, CultureInfo culture)
    {
        using var png = Png.Decode(AttainmentChart.Render(review, culture));
        Assert.True(png.InkIn(0, 0, 200, png.Height) > 50, "the label area is blank");
        return string.Join(",", png.Region(0, 0, 200, png.Height).Select(p => (uint)p));
    }
}
