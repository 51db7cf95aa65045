using System.Buffers.Text;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Values;
using ReviewBot.Storage;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Reports;

public class ReportPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Uri PathOf(string absolute) => new(new Uri(absolute).PathAndQuery, UriKind.Relative);

    private static string TokenOf(string pageUrl) => new Uri(pageUrl).Segments[^1];

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    [Fact]
    public async Task A_shared_link_serves_last_quarters_final_review_with_the_teams_figures()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);

        var response = await client.GetAsync(PathOf(links.Page), Ct);
        var page = await TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en-US\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Export Sales · 2026-Q3 review</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"stage\">Final</p>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">US$27.3M of US$24.7M</td><td class=\"num\">+US$2.6M</td><td class=\"num\">110.5%</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">€14.2M of €17.5M</td><td class=\"num\">-€3.3M</td><td class=\"num\">81.1%</td>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"chip chip-green\" aria-hidden=\"true\"></span>0.87<span class=\"visually-hidden\"> (green)</span>", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "1. Goals and their basis", "2. Results against goals", "3. Causes", "4. Lessons" })
        {
            Assert.Contains($">{heading}</h2>", page, StringComparison.Ordinal);
        }

        Assert.Contains("Two large accounts renew in November", page, StringComparison.Ordinal);
        // The negative-review rate must fall: its difference says which way in words, as in the chat.
        Assert.Contains("0.4 pts worse than target", page, StringComparison.Ordinal);
        Assert.Contains("How the team score is formed", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{TokenOf(links.Page)}.csv\" download>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/{TokenOf(links.Page)}.xlsx\" download>", page, StringComparison.Ordinal);
        Assert.Contains($"src=\"/reports/{TokenOf(links.Page)}/kr/1.png\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Pace</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_current_quarter_reads_as_so_far_with_the_week_and_each_key_results_pace()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.CurrentQuarter, "en-US", Ct);

        var page = await TextAsync(await client.GetAsync(PathOf(links.Page), Ct));

        Assert.Equal("So far: week 8 of 14", System.Text.RegularExpressions.Regex.Match(page, "<p class=\"stage\">([^<]*)</p>").Groups[1].Value);
        Assert.Contains(">Pace</th>", page, StringComparison.Ordinal);
        // Last quarter stands beside this one in the roll-ups.
        Assert.Contains(">2026-Q3 score</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whatever_anyone_typed_is_shown_as_text_and_never_becomes_markup()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var store = host.Services.GetRequiredService<ReviewBot.Core.Conversation.IReviewStore>();
        var objective = (await store.ObjectivesAsync(host.Demo.WorkspaceId, host.Team.Id, host.Demo.PreviousQuarter, Ct))[0];
        await store.SaveObjectiveAsync(objective with { Title = "<script>alert(\"x\")</script> & more", Basis = "<img src=x onerror=alert(1)>" }, Ct);
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);

        var html = await (await client.GetAsync(PathOf(links.Page), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<script>alert(\"x\")</script> & more", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_written_in_the_culture_of_its_link()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "de-DE", Ct);

        var page = await TextAsync(await client.GetAsync(PathOf(links.Page), Ct));

        var german = CultureInfo.GetCultureInfo("de-DE");
        // German numbers in English words: the page's lang names the language of its words.
        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains($"{ValueFormatter.Format(27_300_000m, Core.Okrs.KeyResultUnit.Currency("USD"), german)} of {ValueFormatter.Format(24_700_000m, Core.Okrs.KeyResultUnit.Currency("USD"), german)}", page, StringComparison.Ordinal);
        Assert.Contains("0,87", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_link_serves_a_page_in_chinese_and_its_exports_with_chinese_headers()
    {
        await using var host = await ReportHost.StartWithRealDocumentsAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "zh-CN", Ct);
        var report = (await host.Services.GetRequiredService<ReviewBot.Host.Reports.ReportReviews>().OpenAsync(TokenOf(links.Page), Ct))!;

        var html = await (await client.GetAsync(PathOf(links.Page), Ct)).Content.ReadAsStringAsync(Ct);
        var csv = await (await client.GetAsync(PathOf(links.Csv), Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Equal("zh-CN", report.Culture.Name);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        LanguageAssert.Chinese(PageReading.Of(html), QuarterReviewWords.Typed(report.Review).Concat(QuarterReviewWords.FromCore(report.Review, report.Culture)));
        var header = csv.TrimStart('\uFEFF').Split('\n')[0];
        Assert.StartsWith("行类型,目标,关键结果,负责人,", header, StringComparison.Ordinal);
        LanguageAssert.Chinese(header);
    }

    [Fact]
    public async Task An_english_link_serves_a_page_in_english()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.CurrentQuarter, "en-US", Ct);
        var report = (await host.Services.GetRequiredService<ReviewBot.Host.Reports.ReportReviews>().OpenAsync(TokenOf(links.Page), Ct))!;

        var html = await (await client.GetAsync(PathOf(links.Page), Ct)).Content.ReadAsStringAsync(Ct);

        LanguageAssert.English(PageReading.Of(html), QuarterReviewWords.Typed(report.Review));
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "这个报告链接无效。请向机器人重新获取一个链接。")]
    [InlineData("en-GB,en;q=0.9", "This report link is not valid. Ask the bot for a new one.")]
    [InlineData("de;q=0.5, zh-SG", "这个报告链接无效。请向机器人重新获取一个链接。")]
    [InlineData("not a language, ;;q=x", "This report link is not valid. Ask the bot for a new one.")]
    [InlineData("xx-notreal", "This report link is not valid. Ask the bot for a new one.")]
    [InlineData("", "This report link is not valid. Ask the bot for a new one.")]
    public async Task A_link_that_leads_nowhere_says_so_in_the_browsers_language(string acceptLanguage, string expected)
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var valid = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        var forged = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

        foreach (var path in new[] { $"/reports/{forged}", $"/reports/{forged}.xlsx", $"/reports/{forged}/revenue.png", $"/reports/{TokenOf(valid.Page)}/kr/99.png" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
            var response = await client.SendAsync(request, Ct);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(expected, await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task Every_answer_is_private_unindexed_and_limited_to_its_own_stylesheet_and_images()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);

        foreach (var url in new[] { PathOf(links.Page), PathOf(links.Csv), PathOf(links.AttainmentChart), new Uri("/reports/nonsense", UriKind.Relative), new Uri("/reports/assets/report.css", UriKind.Relative) })
        {
            var response = await client.GetAsync(url, Ct);
            Assert.Equal((true, true), (response.Headers.CacheControl!.Private, response.Headers.CacheControl.NoStore));
            Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("default-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        }

        var css = await client.GetAsync(new Uri("/reports/assets/report.css", UriKind.Relative), Ct);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("@page { size: A4;", await css.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exports_and_charts_answer_with_their_content_types_and_a_file_name_for_the_team_and_quarter()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        var token = TokenOf(links.Page);

        var csv = await client.GetAsync(PathOf(links.Csv), Ct);
        var xlsx = await client.GetAsync(PathOf(links.Xlsx), Ct);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("ExportSales-2026-Q3.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("review,Export Sales,2026-Q3,en-US\n", await csv.Content.ReadAsStringAsync(Ct));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ExportSales-2026-Q3.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar ?? xlsx.Content.Headers.ContentDisposition?.FileName);
        foreach (var chart in new[] { links.AttainmentChart, links.RevenueChart, links.Page + "/kr/1.png", links.Page + "/kr/7.png" })
        {
            var png = await client.GetAsync(PathOf(chart), Ct);
            Assert.Equal(HttpStatusCode.OK, png.StatusCode);
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            Assert.Equal(FakeReviewDocuments.Png, await png.Content.ReadAsByteArrayAsync(Ct));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/reports/{token}/kr/0.png", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/reports/{token}/kr/99.png", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task One_owners_report_shows_only_their_key_results_and_names_its_file_after_them()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        await using var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(Ct);
        var andy = (await session.Teams.MembersAsync(host.Demo.WorkspaceId, host.Team.Id, Ct)).Single(m => m.Name == "Andy Miller");
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct, andy.Id);

        var page = await TextAsync(await client.GetAsync(PathOf(links.Page), Ct));
        var csv = await client.GetAsync(PathOf(links.Csv), Ct);

        Assert.Contains("<h1>Andy Miller · 2026-Q3 review</h1>", page, StringComparison.Ordinal);
        Assert.Contains("US revenue", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Europe revenue", page, StringComparison.Ordinal);
        Assert.Equal("ExportSales-AndyMiller-2026-Q3.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Unknown_forged_and_expired_tokens_all_get_the_same_404_that_reveals_nothing()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        var forged = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

        async Task<(HttpStatusCode, string)> AskAsync(string path)
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        }

        var unknown = await AskAsync("/reports/not-a-token");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Item1);
        Assert.DoesNotContain("token", unknown.Item2, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(unknown, await AskAsync($"/reports/{forged}"));
        Assert.Equal(unknown, await AskAsync($"/reports/{forged}.csv"));
        Assert.Equal(unknown, await AskAsync($"/reports/{forged}/attainment.png"));
        Assert.Equal(unknown, await AskAsync($"/reports/{forged}/kr/1.png"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PathOf(links.Page), Ct)).StatusCode);

        host.Time.Advance(TimeSpan.FromDays(90));

        Assert.Equal(unknown, await AskAsync(PathOf(links.Page).ToString()));
        Assert.Equal(unknown, await AskAsync(PathOf(links.Xlsx).ToString()));
        Assert.Equal(unknown, await AskAsync(PathOf(links.RevenueChart).ToString()));
    }

    [Fact]
    public async Task A_link_carries_256_random_bits_and_the_database_keeps_only_their_hash()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        var first = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        var second = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        var token = TokenOf(first.Page);

        Assert.True(Base64Url.DecodeFromChars(token).Length * 8 >= 128);
        Assert.Equal(32, Base64Url.DecodeFromChars(token).Length);
        Assert.NotEqual(token, TokenOf(second.Page));
        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(Ct);
        var rows = (await connection.QueryAsync<string>("SELECT token_hash || '|' || workspace_id || '|' || team_id || '|' || quarter || '|' || locale FROM report_links")).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, row => row.StartsWith(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))) + "|", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_that_have_expired_are_pruned_when_new_ones_are_made()
    {
        await using var host = await ReportHost.StartAsync(Ct);
        var old = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        host.Time.Advance(TimeSpan.FromDays(91));

        var fresh = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);

        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(Ct);
        var hashes = (await connection.QueryAsync<string>("SELECT token_hash FROM report_links")).ToList();
        var hashOf = (string page) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(TokenOf(page))));
        Assert.Equal([hashOf(fresh.Page)], hashes);
        Assert.NotEqual(hashOf(old.Page), hashes.Single());
    }

    [Fact]
    public async Task Links_start_with_the_public_base_url_and_follow_the_report_url_scheme()
    {
        await using var host = await ReportHost.StartAsync(Ct, ("Reports:PublicBaseUrl", "https://reviews.example.com/bot"));

        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);

        var token = TokenOf(links.Page);
        Assert.Equal($"https://reviews.example.com/bot/reports/{token}", links.Page);
        Assert.Equal($"https://reviews.example.com/bot/reports/{token}.csv", links.Csv);
        Assert.Equal($"https://reviews.example.com/bot/reports/{token}.xlsx", links.Xlsx);
        Assert.Equal($"https://reviews.example.com/bot/reports/{token}/attainment.png", links.AttainmentChart);
        Assert.Equal($"https://reviews.example.com/bot/reports/{token}/revenue.png", links.RevenueChart);
    }

    [Fact]
    public async Task Without_a_public_base_url_links_start_with_the_hosts_own_address()
    {
        await using var host = await ReportHost.StartAsync(Ct);

        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);

        Assert.StartsWith(new Uri(host.BaseAddress, "/reports/").AbsoluteUri, links.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_never_written_to_the_log()
    {
        // Logging turned all the way up, as an operator chasing a problem would.
        await using var host = await ReportHost.StartAsync(Ct, ("Logging:LogLevel:Default", "Trace"), ("Logging:LogLevel:Microsoft.AspNetCore", "Trace"));
        using var client = host.CreateClient();
        var links = await host.ShareAsync(host.Demo.PreviousQuarter, "en-US", Ct);
        var token = TokenOf(links.Page);
        await client.GetAsync(PathOf(links.Page), Ct);
        await client.GetAsync(PathOf(links.Csv), Ct);
        host.Time.Advance(TimeSpan.FromDays(91));
        await client.GetAsync(PathOf(links.Page), Ct);

        var ours = host.Logs.Logs.Where(l => l.Category.StartsWith("ReviewBot", StringComparison.Ordinal)).ToList();
        Assert.Contains(ours, l => l.Message.Contains("Shared a report of team", StringComparison.Ordinal));
        Assert.Contains(ours, l => l.Message.Contains("malformed, unknown or expired link", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Logs, l => l.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Logs, l => l.Message.Contains(token, StringComparison.Ordinal) || l.Values.Any(v => v.Contains(token, StringComparison.Ordinal)));
    }
}
