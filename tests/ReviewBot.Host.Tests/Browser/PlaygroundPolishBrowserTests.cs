using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ReviewBot.Host.Tests.Browser.PlaygroundPage;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>What a new user tripped over on the playground page: lost chats, nameless messages, focus, the person list, phones, the icon.</summary>
public sealed class PlaygroundPolishBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Each_persons_chat_is_kept_when_switching_people_and_after_a_reload()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);

        await LoadDemoAndSpeakAsAsync(page, "Andy Miller");
        await SayAsync(page, "review help");
        await Expect(Reply(page, "What you can do, Andy")).ToBeVisibleAsync();
        await SpeakAsAsync(page, "Mei Lin");
        await Expect(Reply(page, "What you can do, Andy")).ToHaveCountAsync(0);
        await SayAsync(page, "review week");
        await Expect(Reply(page, "Export Sales · 2026-Q4 第 8 周")).ToBeVisibleAsync();
        await SpeakAsAsync(page, "Andy Miller");
        await Expect(Reply(page, "What you can do, Andy")).ToBeVisibleAsync();
        await Expect(page.Locator("#log .said")).ToContainTextAsync("review help");

        await page.ReloadAsync();

        // The page comes back as the person last spoken as, with their chat.
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Andy Miller" })).ToBeCheckedAsync();
        await Expect(Reply(page, "What you can do, Andy")).ToBeVisibleAsync();
        await Expect(Reply(page, "Export Sales · 2026-Q4 第 8 周")).ToHaveCountAsync(0);
        await SpeakAsAsync(page, "Mei Lin");
        await Expect(Reply(page, "Export Sales · 2026-Q4 第 8 周")).ToBeVisibleAsync();
        await Expect(page.Locator("#log > li")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Every_bot_message_shows_ReviewBot_and_the_time_it_was_sent_in_the_readers_time_zone()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host, new() { TimezoneId = "Europe/Berlin" });

        await LoadDemoAndSpeakAsAsync(page, "Andy Miller");
        await SayAsync(page, "review me");
        await SayAsync(page, "review checkin");

        var byline = page.Locator("#log .bot .byline");
        await Expect(byline).ToHaveCountAsync(2);
        foreach (var one in await byline.AllAsync())
        {
            await Expect(one.Locator(".bot-name")).ToHaveTextAsync("ReviewBot");
            // The host's clock says 10:00 UTC on 20 November: 11:00 in Berlin.
            await Expect(one.Locator("time")).ToHaveAttributeAsync("datetime", "2026-11-20T10:00:00.000Z");
            await Expect(one.Locator("time")).ToContainTextAsync("11:00 AM");
        }

        await Expect(page.Locator("#log .said .who").First).ToContainTextAsync("Andy Miller wrote");
    }

    [Fact]
    public async Task Focus_is_back_in_the_message_box_after_a_form_appears_above_it()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);
        await LoadDemoAndSpeakAsAsync(page, "Andy Miller");

        await SayAsync(page, "review checkin");
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Weekly check-in: week 8" })).ToBeVisibleAsync();
        await Expect(MessageBox(page)).ToBeFocusedAsync();

        // Pressing a message's button, or a tip, leaves focus where the next command is typed too.
        await SayAsync(page, "review me");
        await Reply(page, "Your key results").GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Weekly check-in: week 8" })).ToHaveCountAsync(2);
        await Expect(MessageBox(page)).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "review checkin", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Weekly check-in: week 8" })).ToHaveCountAsync(3);
        await Expect(MessageBox(page)).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Arrow_keys_move_within_the_person_list_and_Enter_goes_on_to_the_message_box()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);
        await page.GetByRole(AriaRole.Button, new() { Name = "Load demo team" }).ClickAsync();
        var (mei, andy, ben) = (Person("Mei Lin"), Person("Andy Miller"), Person("Ben Weber"));

        await mei.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(mei).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(andy).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(ben).ToBeFocusedAsync();
        await Expect(ben).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowUp");

        await Expect(andy).ToBeFocusedAsync();
        await Expect(andy).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chat with ReviewBot as Andy Miller (member)" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(MessageBox(page)).ToBeFocusedAsync();

        ILocator Person(string name) => page.GetByRole(AriaRole.Radio, new() { Name = name });
    }

    [Fact]
    public async Task On_a_phone_the_chat_comes_first_with_a_compact_person_chooser_and_the_message_box_at_the_bottom()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host, new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "Load demo team" }).ClickAsync();
        var chooser = page.GetByRole(AriaRole.Combobox, new() { Name = "Speaking as" });
        await chooser.SelectOptionAsync(new SelectOptionValue { Label = "Mei Lin (manager, Export Sales)" });
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Mei Lin" })).ToBeHiddenAsync();
        // Mei reads zh-CN, and the page follows her; this test reads the page's English.
        await ReadInAsync(page, "English", "en-US");
        await SayAsync(page, "review quarter last");
        await Expect(Reply(page, "Export Sales · 2026-Q3 季度复盘")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");

        var box = await MessageBox(page).BoundingBoxAsync();
        Assert.NotNull(box);
        // On the first screen, at its bottom, even with a long review above it.
        Assert.InRange(box.Y + box.Height, 844 - 80, 844);
        var chat = (await page.Locator("#panel-chat").BoundingBoxAsync())!;
        var people = (await page.GetByRole(AriaRole.Heading, new() { Name = "Who are you?" }).BoundingBoxAsync())!;
        var speakingAs = (await chooser.BoundingBoxAsync())!;
        Assert.True(chat.Y < people.Y, $"the chat (y={chat.Y}) should come before the person list (y={people.Y})");
        Assert.InRange(speakingAs.Y, 0, 844 / 3);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page should not scroll sideways");
    }

    [Fact]
    public async Task The_page_loads_with_an_icon_and_without_a_single_missing_file()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var failed = new List<string>();
        var context = await browser.NewContextAsync(new() { BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var favicon = await page.APIRequest.GetAsync("/favicon.ico");

        Assert.Equal(200, favicon.Status);
        Assert.Equal("image/x-icon", favicon.Headers["content-type"]);
        Assert.Equal("/playground/icon.svg", await page.Locator("link[rel=icon][type='image/svg+xml']").GetAttributeAsync("href"));
        Assert.Empty(failed);
        await context.DisposeAsync();
    }
}
