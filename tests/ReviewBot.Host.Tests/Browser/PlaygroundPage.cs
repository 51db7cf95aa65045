using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>What the browser tests do on the playground page, in the words a newcomer would use.</summary>
internal static class PlaygroundPage
{
    /// <summary>Every wait is bounded, well under the ~20 s a test may take.</summary>
    public const float Timeout = 5_000;

    public static async Task<IPage> OpenAsync(IBrowser browser, PlaygroundHost host, BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = host.BaseAddress.ToString();
        options.Locale ??= "en-US";
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(Timeout);
        SetDefaultExpectTimeout(Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    public static async Task LoadDemoAndSpeakAsAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Load demo team" }).ClickAsync();
        await SpeakAsAsync(page, name);
    }

    public static Task SpeakAsAsync(IPage page, string name) =>
        page.GetByRole(AriaRole.Radio, new() { Name = name }).CheckAsync();

    /// <summary>The message box, in either of the page's languages: choosing a Chinese reader turns the page Chinese.</summary>
    public static ILocator MessageBox(IPage page) => page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^(Message or command|消息或命令)$") });

    /// <summary>Switches the page's own words to a language (its switch says "English" or "中文").</summary>
    public static async Task ReadInAsync(IPage page, string language, string htmlLang)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = language, Exact = true }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", htmlLang);
    }

    public static async Task SayAsync(IPage page, string text)
    {
        var box = MessageBox(page);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>The bot's message whose headline starts with <paramref name="headline"/>.</summary>
    public static ILocator Reply(IPage page, string headline) =>
        page.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = headline }) }).Last;

    /// <summary>The value beside a fact's label in a reply's definition lists.</summary>
    public static ILocator Fact(ILocator reply, string label) =>
        reply.Locator("dt").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(label)}$") }).Locator("xpath=following-sibling::dd[1]");
}
