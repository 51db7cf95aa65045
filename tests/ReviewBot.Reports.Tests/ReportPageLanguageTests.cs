using System.Globalization;
using System.Net;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Reports.Page;
using ReviewBot.Testing.Language;
using ReviewBot.Testing.Samples;

namespace ReviewBot.Reports.Tests;

/// <summary>
/// The report page is one document in one language: every word of its own (headings, table headers, labels,
/// captions, alt texts, empty states) in the language of its link, beside what people typed.
/// </summary>
public sealed class ReportPageLanguageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly ReportPageLinks Links = new("report.css", "icon.svg", "r.csv", "r.xlsx", "attainment.png", "revenue.png", n => $"kr/{n}.png");

    public static TheoryData<string> Reviews => ["final", "so far", "asia pacific", "last quarter's lessons", "one owner", "no key results"];

    [Theory]
    [MemberData(nameof(Reviews))]
    public void A_chinese_link_reads_chinese_from_title_to_footer(string which)
    {
        var review = Review(which);

        var page = ReportPage.Render(review, Chinese, Links);

        LanguageAssert.Chinese(PageReading.Of(page), QuarterReviewWords.Typed(review).Concat(QuarterReviewWords.FromCore(review, Chinese)));
    }

    [Theory]
    [MemberData(nameof(Reviews))]
    public void An_english_link_reads_english_from_title_to_footer(string which)
    {
        var review = Review(which);

        var page = ReportPage.Render(review, English, Links);

        LanguageAssert.English(PageReading.Of(page), QuarterReviewWords.Typed(review).Concat(QuarterReviewWords.FromCore(review, English)));
    }

    [Fact]
    public void A_chinese_page_says_it_is_chinese_and_an_english_one_english()
    {
        var review = SampleQuarter.Final();

        Assert.Contains("<html lang=\"zh-CN\">", ReportPage.Render(review, Chinese, Links), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-SG\">", ReportPage.Render(review, CultureInfo.GetCultureInfo("zh-SG"), Links), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-US\">", ReportPage.Render(review, English, Links), StringComparison.Ordinal);
        // German numbers, English words: the lang names the words' language.
        Assert.Contains("<html lang=\"en\">", ReportPage.Render(review, CultureInfo.GetCultureInfo("de-DE"), Links), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chinese_page_writes_its_own_words_in_chinese_and_the_values_in_the_chinese_culture()
    {
        var page = WebUtility.HtmlDecode(ReportPage.Render(SampleQuarter.Final(), Chinese, Links));

        Assert.Contains("<title>Export Sales · 2026-Q4 复盘（终版）</title>", page, StringComparison.Ordinal);
        Assert.Contains(">1. 目标及其依据</h2>", page, StringComparison.Ordinal);
        Assert.Contains(">关键结果</th>", page, StringComparison.Ordinal);
        Assert.Contains(" download>下载 Excel</a>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"visually-hidden\"> （绿色）</span>", page, StringComparison.Ordinal);
        // A key result's basis keeps its own style wherever the Chinese sentence puts it.
        Assert.Matches("，从 [^<]+ 到 [^<]+。<span class=\"basis\">Basis for Storefront conversion rate</span>", page);
    }

    [Fact]
    public void A_chinese_page_puts_the_simplified_chinese_fonts_first()
    {
        var css = System.Text.Encoding.UTF8.GetString(ReportAssets.Stylesheet);

        Assert.Matches(@":root:lang\(zh\) \{\s*font-family: ""Noto Sans CJK SC""", css);
    }

    private static QuarterReview Review(string which) => which switch
    {
        "final" => SampleQuarter.Final(),
        "so far" => SampleQuarter.SoFar(),
        "asia pacific" => QuarterReview.Build(AsiaPacificQuarter.Data(), null, AsiaPacificQuarter.Now, AsiaPacificQuarter.PreviousData()),
        "last quarter's lessons" => QuarterReview.Build(AsiaPacificQuarter.Data(), null, AsiaPacificQuarter.Now, AsiaPacificQuarter.PreviousDataWithLessons()),
        "one owner" => QuarterReview.Build(AsiaPacificQuarter.Data(), AsiaPacificQuarter.Wei, AsiaPacificQuarter.Now),
        _ => SampleQuarter.WithTitles(),
    };
}
