using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Playground;
using ReviewBot.Storage;
using ReviewBot.Testing.Language;
using static Microsoft.Playwright.Assertions;
using static ReviewBot.Host.Tests.Browser.PlaygroundPage;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>The playground in Chinese: a salesperson who reads zh-CN checks in, and the page around the chat is Chinese.</summary>
public sealed class PlaygroundInChineseBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What people typed or named: the demo's names, markets and team.</summary>
    private static readonly string[] Typed =
    [
        "Mei Lin", "Andy Miller", "Ben Weber", "Cindy Sharma", "Global", "India & SEA", "US", "Europe", "Export Sales", "Demo Trading Co.",
        "English",
        // The stream tip names its host and crew as a manager types them: by email.
        "andy.miller@example.com", "ben.weber@example.com",
    ];

    [Fact]
    public async Task A_chinese_salesperson_checks_in_on_a_page_that_speaks_chinese_around_the_chat()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);
        await page.GetByRole(AriaRole.Button, new() { Name = "Load demo team" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Andy Miller" })).ToBeVisibleAsync();

        // Andy reads zh-CN from now on, as if the team file said so; the page learns it with the people list.
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = (await host.Services.GetRequiredService<IWorkspaceDirectory>().FindAsync(ChatPlatform.Playground, DemoTeam.WorkspaceExternalId, Ct))!;
        var team = (await store.ListTeamsAsync(workspace.Id, Ct)).Single();
        var andy = (await store.MembersAsync(workspace.Id, team.Id, Ct)).Single(m => m.Name == "Andy Miller");
        await using (var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(Ct))
        {
            await session.Teams.SaveMemberAsync(andy with { Locale = "zh-CN" }, Ct);
        }

        await page.ReloadAsync();
        await SpeakAsAsync(page, "Andy Miller");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "你是谁？" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "以Andy Miller（成员）的身份与 ReviewBot 聊天" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "发送" })).ToBeVisibleAsync();
        await Expect(MessageBox(page)).ToHaveAttributeAsync("placeholder", "复盘 帮助");

        // The tip says the Chinese command; the form it opens is submitted as it comes, with last week's values.
        await page.GetByRole(AriaRole.Button, new() { Name = "复盘 签到", Exact = true }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form).Last;
        await Expect(form).ToBeVisibleAsync();
        await form.Locator("button[type=submit]").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Form)).ToHaveCountAsync(0);
        await Expect(page.Locator("#log .said").Last).ToContainTextAsync("（提交了“");
        await Expect(page.Locator("#log .said .who").First).ToContainTextAsync("Andy Miller 写道");
        Assert.Contains(await store.CheckInsAsync(workspace.Id, team.Id, new Quarter(2026, 4), Ct), c => c.AuthorMemberId == andy.Id && c.WeekNumber == 8 && c.Source == ChatPlatform.Playground);

        // Everything on the page but the conversation itself is Chinese.
        var chrome = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('header, .speaker-bar, .tabs, #chat-title, #composer, aside.people')].map(e => e.innerText + ' ' + [...e.querySelectorAll('[aria-label],[placeholder]')].map(n => (n.getAttribute('aria-label') ?? '') + ' ' + (n.getAttribute('placeholder') ?? '')).join(' ')).join('\\n')");
        LanguageAssert.Chinese(chrome, Typed);
        Assert.Equal("ReviewBot 试用台", await page.TitleAsync());

        await ReadInAsync(page, "English", "en-US");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who are you?" })).ToBeVisibleAsync();
        await Expect(page.Locator("#log .said .who").First).ToContainTextAsync("Andy Miller wrote");
    }
}
