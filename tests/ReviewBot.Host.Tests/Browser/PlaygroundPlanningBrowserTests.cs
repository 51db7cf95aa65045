using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static ReviewBot.Host.Tests.Browser.PlaygroundPage;

namespace ReviewBot.Host.Tests.Browser;

/// <summary>Planning next quarter on the playground page in a real browser: the plan form, a field error, the manager's notice.</summary>
public sealed partial class PlaygroundPlanningBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task A_salesperson_proposes_next_quarter_sees_a_wrong_target_refused_beside_it_and_the_manager_gets_the_notice()
    {
        var browser = chromium.Browser;
        await using var host = new PlaygroundHost();
        var page = await OpenAsync(browser, host);

        await LoadDemoAndSpeakAsAsync(page, "Andy Miller");
        // The page's tip, as a newcomer would find it.
        await page.GetByRole(AriaRole.Button, new() { Name = "review plan", Exact = true }).ClickAsync();

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Your plan for 2027-Q1" });
        var revenue = form.Locator(".group").Filter(new() { Has = page.GetByLabel("US revenue (from 2026-Q4)", new() { Exact = true }) });
        var conversion = form.Locator(".group").Filter(new() { Has = page.GetByLabel("Storefront conversion rate (from 2026-Q4)", new() { Exact = true }) });
        // The carried key result is kept, as the choice comes preselected, and starts where it stands now.
        await Expect(revenue.GetByLabel("US revenue (from 2026-Q4)", new() { Exact = true })).ToHaveValueAsync("keep");
        var start = await revenue.GetByLabel("Start", new() { Exact = true }).InputValueAsync();
        Assert.NotEqual("", start);

        var target = revenue.GetByLabel("Target", new() { Exact = true });
        await target.FillAsync(start);
        await revenue.GetByLabel("Why this target (required)", new() { Exact = true }).FillAsync("The West Coast accounts renew in February.");
        await conversion.GetByLabel("Target", new() { Exact = true }).FillAsync("3.2");
        await conversion.GetByLabel("Why this target (required)", new() { Exact = true }).FillAsync("The Spanish checkout ships in January.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        // The same form comes back with the error beside the target, read with it, focus on it, the rest as typed.
        await Expect(target).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(target).ToHaveAccessibleDescriptionAsync(TargetEqualsStart());
        await Expect(revenue.Locator(".field", new() { Has = page.GetByLabel("Target", new() { Exact = true }) }).Locator(".error")).ToHaveTextAsync(TargetEqualsStart());
        await Expect(target).ToBeFocusedAsync();
        await Expect(conversion.GetByLabel("Target", new() { Exact = true })).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(conversion.GetByLabel("Why this target (required)", new() { Exact = true })).ToHaveValueAsync("The Spanish checkout ships in January.");

        await target.FillAsync("30M");
        await form.GetByRole(AriaRole.Button, new() { Name = "Propose" }).ClickAsync();

        var confirmation = Reply(page, "Proposed 2 key results for 2027-Q1. Your manager will review your plan.");
        await Expect(confirmation).ToBeVisibleAsync();
        await Expect(Fact(confirmation, "US revenue")).ToContainTextAsync("US$30M. Why: The West Coast accounts renew in February.");
        await Expect(page.GetByRole(AriaRole.Form)).ToHaveCountAsync(0);

        // Mei, the manager, finds the notice in her own chat, sent after Andy's turn (her page reads Chinese).
        await SpeakAsAsync(page, "Mei Lin");
        var notice = Reply(page, "Andy Miller 提交了 2027-Q1 的");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice.Locator(".byline")).ToContainTextAsync("在 Andy Miller 操作后发送");
        await Expect(notice.Locator(".byline")).Not.ToContainTextAsync("Mei Lin");
    }

    [GeneratedRegex(@"^The target equals the start \(.+\); a key result has to move up or down\.")]
    private static partial Regex TargetEqualsStart();
}
