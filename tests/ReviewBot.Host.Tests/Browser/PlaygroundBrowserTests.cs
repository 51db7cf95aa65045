using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ReviewBot.Host.Tests.Browser.PlaygroundPage;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>
/// A newcomer's path through the playground page in a real browser: load the demo, check in as a
/// salesperson, read the team's week and last quarter's review as the manager.
/// </summary>
public sealed class PlaygroundBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_salesperson_sees_the_error_beside_a_wrong_value_keeps_the_other_inputs_and_checks_in_after_correcting_it()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);

        await LoadDemoAndSpeakAsAsync(page, "Andy Miller");
        await SayAsync(page, "review checkin");

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Weekly check-in: week 8" });
        var revenue = form.GetByLabel("US revenue: value now", new() { Exact = true });
        // Week 7's value, in Andy's en-US way of writing numbers.
        await Expect(revenue).ToHaveValueAsync("12,800,000");
        await revenue.FillAsync("abc");
        await form.GetByLabel("Comment on US revenue", new() { Exact = true }).FillAsync("Two West Coast accounts signed.");
        await form.GetByLabel("Storefront conversion rate: value now", new() { Exact = true }).FillAsync("2.6");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();

        await Expect(revenue).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(revenue).ToHaveAccessibleDescriptionAsync(new Regex("^I couldn't read 'abc' as a USD amount for 'US revenue'\\. Try 3\\.2M or 3,200,000\\."));
        await Expect(form.Locator(".field", new() { Has = page.GetByLabel("US revenue: value now", new() { Exact = true }) }).Locator(".error")).ToHaveTextAsync("I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.");
        await Expect(revenue).ToBeFocusedAsync();
        await Expect(revenue).ToHaveValueAsync("abc");
        await Expect(form.GetByLabel("Comment on US revenue", new() { Exact = true })).ToHaveValueAsync("Two West Coast accounts signed.");
        await Expect(form.GetByLabel("Storefront conversion rate: value now", new() { Exact = true })).ToHaveValueAsync("2.6");
        await Expect(form.GetByLabel("Storefront conversion rate: value now", new() { Exact = true })).Not.ToHaveAttributeAsync("aria-invalid", "true");

        await revenue.FillAsync("13.9M");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();

        var confirmation = Reply(page, "Checked in for week 8.");
        await Expect(confirmation).ToBeVisibleAsync();
        await Expect(confirmation.Locator("dd").First).ToHaveTextAsync("US$13.9M of US$24.7M · score 0.56 · on track");
        await Expect(page.GetByRole(AriaRole.Form)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_manager_reads_who_has_checked_in_this_week_and_last_quarters_final_numbers()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);

        await LoadDemoAndSpeakAsAsync(page, "Mei Lin");
        await SayAsync(page, "review week");

        // Mei's locale is zh-CN: she reads the week and the review in Chinese.
        var week = Reply(page, "Export Sales · 2026-Q4 第 8 周");
        await Expect(Fact(week, "已填报（3 人中 1 人）")).ToHaveTextAsync("Cindy Sharma");
        await Expect(Fact(week, "未填报")).ToHaveTextAsync("Andy Miller、Ben Weber");

        await SayAsync(page, "review quarter last");

        // Mei reads numbers the zh-CN way: 万 is ten thousand, so US$2,730万 is US$27.3M.
        var review = Reply(page, "Export Sales · 2026-Q3 季度复盘（终版）");
        await Expect(Fact(review, "US revenue（Andy Miller）")).ToContainTextAsync("🟢 US$2,730万（目标 US$2,470万） · +US$260万 · 110.5% · 得分 1.00");
        await Expect(Fact(review, "Europe revenue（Ben Weber）")).ToContainTextAsync("🟢 €1,420万（目标 €1,750万） · -€330万 · 81.1%");
        await Expect(Fact(review, "Export Sales（团队）")).ToHaveTextAsync("🟢 得分 0.87 · US$6,033.2万（目标 US$6,000万，差额 +US$33.2万，达成率 100.6%）");
        // The chart inline, from the report page, and the report and its exports a click away.
        var chart = review.GetByRole(AriaRole.Img, new() { Name = "Export Sales 的 7 个关键结果相对 100% 的达成率，按得分着色" });
        await Expect(chart).ToBeVisibleAsync();
        // Lazy pictures load once in view; the PNG from the report page is 1000 pixels wide.
        await chart.ScrollIntoViewIfNeededAsync();
        await Expect(chart).ToHaveJSPropertyAsync("naturalWidth", 1000);
        await Expect(review.GetByRole(AriaRole.Link, new() { Name = "打开完整报告" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/reports/[A-Za-z0-9_-]{43}$"));
        await Expect(review.GetByRole(AriaRole.Link, new() { Name = "下载 Excel" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/reports/[A-Za-z0-9_-]{43}\\.xlsx$"));
        await Expect(review.GetByRole(AriaRole.Heading, new() { Name = "三、分析原因" })).ToBeVisibleAsync();
        await Expect(review).ToContainTextAsync("Customs paperwork for EU shipments（5 周）");
        await Expect(review.GetByRole(AriaRole.Heading, new() { Name = "四、总结经验" })).ToBeVisibleAsync();
    }
}
