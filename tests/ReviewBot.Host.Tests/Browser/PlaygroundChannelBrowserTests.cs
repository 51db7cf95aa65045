using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Playground;
using ReviewBot.Storage;
using static Microsoft.Playwright.Assertions;
using static ReviewBot.Host.Tests.Browser.PlaygroundPage;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>The "Team channel" view, and pictures and links in the bot's messages, in a real browser.</summary>
public sealed class PlaygroundChannelBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_review_the_manager_posts_appears_in_the_team_channel_for_the_whole_team()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host, new() { TimezoneId = "UTC" });

        await LoadDemoAndSpeakAsAsync(page, "Mei Lin");
        // Mei reads zh-CN, and the page follows her; this test reads the page's English.
        await ReadInAsync(page, "English", "en-US");
        await SayAsync(page, "review quarter last post");
        await Expect(Reply(page, "Export Sales · 2026-Q3 review")).ToContainTextAsync("posted to the team channel");
        await Reply(page, "Export Sales · 2026-Q3 review").GetByRole(AriaRole.Button, new() { Name = "Open the team channel" }).ClickAsync();

        var channel = page.Locator("#panel-channel");
        await Expect(channel).ToBeVisibleAsync();
        await Expect(page.Locator("#panel-chat")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Team channel" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(channel.GetByRole(AriaRole.Heading, new() { Name = "Team channel: #export-sales (Export Sales)" })).ToBeVisibleAsync();
        var post = channel.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Export Sales · 2026-Q3 review" }) });
        await Expect(post).ToHaveCountAsync(1);
        await Expect(post.Locator(".byline")).ToContainTextAsync("ReviewBot");
        await Expect(post.Locator(".byline")).ToContainTextAsync("posted at Mei Lin's request");
        await Expect(post.Locator("time")).ToHaveAttributeAsync("datetime", "2026-11-20T10:00:00.000Z");
        await Expect(post.GetByRole(AriaRole.Button, new() { Name = "Open the team channel" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Team channel" })).ToBeFocusedAsync();

        // Andy was not there when it was posted, and reads it in the same channel.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Chat" }).ClickAsync();
        await SpeakAsAsync(page, "Andy Miller");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Team channel" })).ToContainTextAsync("1 new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Team channel" }).ClickAsync();
        await Expect(post).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Team channel" })).Not.ToContainTextAsync("new");
    }

    [Fact]
    public async Task The_chat_and_team_channel_tabs_switch_with_the_arrow_keys()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);
        var (chat, channel) = (page.GetByRole(AriaRole.Tab, new() { Name = "Chat" }), page.GetByRole(AriaRole.Tab, new() { Name = "Team channel" }));

        await chat.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        await Expect(channel).ToBeFocusedAsync();
        await Expect(channel).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("#panel-channel")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(chat).ToBeFocusedAsync();
        await Expect(page.Locator("#panel-chat")).ToBeVisibleAsync();
        await Expect(channel).ToHaveAttributeAsync("tabindex", "-1");
    }

    [Fact]
    public async Task What_the_scheduler_posts_and_sends_shows_its_pictures_inline_and_its_links_as_buttons()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);
        await page.GetByRole(AriaRole.Button, new() { Name = "Load demo team" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Andy Miller" })).ToBeVisibleAsync();
        var message = new MessageReply
        {
            Headline = "Export Sales · 2026-Q4 so far",
            Images = [new MessageImage("/playground/icon.svg", "Score by key result, week 8"), new MessageImage("javascript:alert(1)", "never shown")],
            Links = [new MessageLink("Open the full report", "/playground/report"), new MessageLink("Download CSV", "/playground/icon.svg", LinkKind.Download)],
        };
        var (messenger, andy) = await MessengerAndAndyAsync(host);
        await messenger.PostToChannelAsync(andy.WorkspaceId, "#export-sales", message, deliveryKey: null, TestContext.Current.CancellationToken);
        await messenger.SendDirectAsync(andy, message with { Headline = "Your week 8 so far" }, deliveryKey: null, TestContext.Current.CancellationToken);

        await SpeakAsAsync(page, "Andy Miller");
        var direct = Reply(page, "Your week 8 so far");
        await Expect(direct.GetByRole(AriaRole.Img, new() { Name = "Score by key result, week 8" })).ToBeVisibleAsync();
        await Expect(direct.Locator(".byline")).ToContainTextAsync("sent by the scheduler");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Team channel" }).ClickAsync();

        var post = Reply(page, "Export Sales · 2026-Q4 so far");
        var picture = post.GetByRole(AriaRole.Img, new() { Name = "Score by key result, week 8" });
        await Expect(picture).ToHaveAttributeAsync("loading", "lazy");
        await Expect(post.GetByRole(AriaRole.Img)).ToHaveCountAsync(1);
        Assert.True(await picture.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Expect(post.Locator(".byline")).ToContainTextAsync("posted by itself");
        var reportLink = post.GetByRole(AriaRole.Link, new() { Name = "Open the full report" });
        await Expect(reportLink).ToHaveAttributeAsync("target", "_blank");
        await Expect(reportLink).Not.ToHaveAttributeAsync("download", "");
        var download = post.GetByRole(AriaRole.Link, new() { Name = "Download CSV", Exact = true });
        await Expect(download).ToHaveAttributeAsync("download", "");
        await Expect(download).ToHaveAttributeAsync("href", host.BaseAddress + "playground/icon.svg");
    }

    private static async Task<(IChannelMessenger Messenger, ReviewBot.Core.People.Member Andy)> MessengerAndAndyAsync(PlaygroundHost host)
    {
        var ct = TestContext.Current.CancellationToken;
        var store = host.Services.GetRequiredService<IReviewStore>();
        await using var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(ct);
        var workspace = (await session.Workspaces.FindAsync(ChatPlatform.Playground, DemoTeam.WorkspaceExternalId, ct))!;
        var team = (await store.ListTeamsAsync(workspace.Id, ct)).Single();
        var andy = (await store.MembersAsync(workspace.Id, team.Id, ct)).Single(m => m.Name == "Andy Miller");
        return (host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Playground), andy);
    }
}
