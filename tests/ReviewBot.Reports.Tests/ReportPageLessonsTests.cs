using System.Globalization;
using System.Net;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Reports.Page;
using ReviewBot.Testing.Samples;

namespace ReviewBot.Reports.Tests;

/// <summary>The report page's Lessons step: last quarter's lessons in full, each owner's beside how their key results did since.</summary>
public sealed class ReportPageLessonsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly ReportPageLinks Links = new("report.css", "icon.svg", "r.csv", "r.xlsx", "attainment.png", "revenue.png", n => $"kr/{n}.png");

    private static QuarterReview Review(params ReviewAnswer[] more)
    {
        var previous = AsiaPacificQuarter.PreviousDataWithLessons();
        return QuarterReview.Build(AsiaPacificQuarter.Data(), null, AsiaPacificQuarter.Now, previous with { Answers = [.. previous.Answers, .. more] });
    }

    private static string LessonsOf(string page)
    {
        var start = page.IndexOf("<section aria-labelledby=\"lessons\">", StringComparison.Ordinal);
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Each_owner_is_named_with_last_quarters_lessons_in_full_and_how_their_key_result_did()
    {
        var lessons = WebUtility.HtmlDecode(LessonsOf(ReportPage.Render(Review(), English, Links)));

        Assert.Contains("<h3>Last quarter's lessons (2026-Q2) and what became of them</h3>", lessons, StringComparison.Ordinal);
        Assert.Contains(
            "<li><span class=\"who\">Wei Zhang:</span><ul><li>What worked: “每周和天猫运营对一次数据”</li><li>To change: “Book live-stream hosts a month ahead.”</li>"
            + "<li class=\"since improved\">中国市场销售额: 0.89 → 1.00, improved ✓</li></ul></li>",
            lessons,
            StringComparison.Ordinal);
        Assert.Contains("<li class=\"since not-improved\">Japan revenue: 1.00 → 0.80, not improved ✗</li>", lessons, StringComparison.Ordinal);
        Assert.Contains("<li class=\"since unknown\">Korean resellers signed: not known yet whether it improved (no check-ins to compare)</li>", lessons, StringComparison.Ordinal);
        Assert.Contains("<span class=\"who\">a former member:</span>", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public void What_an_owner_typed_cannot_become_markup_and_a_long_lesson_is_shown_whole()
    {
        var typed = "<script>alert(1)</script> " + string.Join(' ', Enumerable.Repeat("Quote freight in euros.", 30));
        var answer = new ReviewAnswer("q2-x", AsiaPacificQuarter.WorkspaceId, Core.Dialogs.ReviewTemplates.Retrospective.Id, "change", AsiaPacificQuarter.Wei.Id, AsiaPacificQuarter.Q2, 13, null, typed, AsiaPacificQuarter.Now);

        var lessons = LessonsOf(ReportPage.Render(Review(answer), English, Links));

        Assert.DoesNotContain("<script>", lessons, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", lessons, StringComparison.Ordinal);
        Assert.Contains($"To change: “{typed}”", WebUtility.HtmlDecode(lessons), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chinese_page_says_it_in_chinese()
    {
        var lessons = WebUtility.HtmlDecode(LessonsOf(ReportPage.Render(Review(), Chinese, Links)));

        Assert.Contains("<h3>上季度（2026-Q2）的经验及之后的结果</h3>", lessons, StringComparison.Ordinal);
        Assert.Contains("<li>要改进的：“Book live-stream hosts a month ahead.”</li>", lessons, StringComparison.Ordinal);
        Assert.Contains("中国市场销售额：0.89 → 1.00，有进步 ✓", lessons, StringComparison.Ordinal);
        Assert.Contains("一位已离开团队的成员", lessons, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_last_quarters_lessons_the_page_has_no_look_back()
    {
        var page = ReportPage.Render(SampleQuarter.Final(), English, Links);

        Assert.DoesNotContain("Last quarter's lessons", page, StringComparison.Ordinal);
    }
}
