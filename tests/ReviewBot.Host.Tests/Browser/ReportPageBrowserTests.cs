using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReviewBot.Host.Tests.Reports;
using static Microsoft.Playwright.Assertions;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>
/// The demo team's shared report in a real browser: its figures on screen, nothing the page's strict
/// policy refuses, readable on a phone, and on paper in two A4 pages at most.
/// </summary>
public sealed partial class ReportPageBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const float Timeout = 5_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_teams_report_shows_its_figures_without_console_errors_and_prints_on_two_A4_pages_at_most()
    {
        var browser = chromium.Browser;
        await using var host = await ReportHost.StartWithRealDocumentsAsync(Ct);
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        await using var context = await browser.NewContextAsync(new() { Locale = "en-US" });
        context.SetDefaultTimeout(Timeout);
        SetDefaultExpectTimeout(Timeout);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"{message.Type}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");

        var response = await page.GotoAsync(links.Page);

        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveTitleAsync("Export Sales · 2026-Q3 review (final)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Export Sales · 2026-Q3 review");
        var results = page.GetByRole(AriaRole.Table, new() { Name = "Key results" });
        var usRevenue = results.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "US revenue" }) });
        await Expect(usRevenue).ToContainTextAsync("US$27.3M of US$24.7M");
        await Expect(usRevenue).ToContainTextAsync("+US$2.6M");
        await Expect(usRevenue).ToContainTextAsync("110.5%");
        await Expect(usRevenue.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("alt", new Regex("^Trend of US revenue: \\d+ weekly check-ins"));
        await Expect(page.Locator("header .headline")).ToContainTextAsync("0.87 (green)");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "4. Lessons" })).ToBeVisibleAsync();
        // Every image loaded: the stylesheet and charts came through the page's own content security policy.
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"));
        Assert.Equal("rgb(30, 142, 62)", await page.Locator(".chip-green").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" })).ToBeHiddenAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.InRange(PageCount(pdf), 1, 2);
    }

    [Fact]
    public async Task A_chinese_link_reads_chinese_in_a_chinese_font_and_still_prints_on_two_A4_pages_at_most()
    {
        var browser = chromium.Browser;
        await using var host = await ReportHost.StartWithRealDocumentsAsync(Ct);
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "zh-CN", Ct);
        await using var context = await browser.NewContextAsync(new() { Locale = "zh-CN" });
        context.SetDefaultTimeout(Timeout);
        SetDefaultExpectTimeout(Timeout);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"{message.Type}: {message.Text} ({message.Location})");
            }
        };

        await page.GotoAsync(links.Page);

        await Expect(page).ToHaveTitleAsync("Export Sales · 2026-Q3 复盘（终版）");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "关键结果" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "下载 CSV" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "4. 经验总结" })).ToBeVisibleAsync();
        Assert.StartsWith("\"Noto Sans CJK SC\"", await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.InRange(PageCount(pdf), 1, 2);
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_and_wide_tables_scroll_inside_their_own_box()
    {
        var browser = chromium.Browser;
        await using var host = await ReportHost.StartWithRealDocumentsAsync(Ct);
        var links = await host.ShareAsync(host.Demo.CurrentQuarter, "en-US", Ct);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();

        await page.GotoAsync(links.Page);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Export Sales · 2026-Q4 review");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
    }

    /// <summary>Page objects in the PDF: "/Type /Page" not followed by "s" (that is the page tree, /Pages).</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
