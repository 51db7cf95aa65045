using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Scheduling;
using ReviewBot.Slack;
using ReviewBot.Slack.Handlers;
using ReviewBot.Storage;
using ReviewBot.Testing;
using ReviewBot.Testing.Language;
using static ReviewBot.Host.Tests.Slack.SlackOAuthHost;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// Several Slack workspaces installed through Slack's OAuth v2 flow on one host, against the fake Slack: each keeps
/// its own bot token (encrypted), sees only its own team, and every call made for it carries its token only.
/// </summary>
public class SlackOAuthInstallTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> CommandTextAsync(SlackHost host, string userId, string text, string teamId)
    {
        using var answer = await host.CommandAsync(userId, text, Ct, teamId: teamId);
        return (await answer.Content.ReadFromJsonAsync<JsonObject>(Ct))!.ToJsonString();
    }

    private static async Task<SlackHost> TwoWorkspacesAsync()
    {
        var host = await SlackOAuthHost.StartAsync(Ct);
        using (var alpha = await InstallAsync(host, Alpha, "Alpha Trading", Ct))
        using (var bravo = await InstallAsync(host, Bravo, "Bravo Trading", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, alpha.StatusCode);
            Assert.Equal(HttpStatusCode.OK, bravo.StatusCode);
            Assert.Contains("Alpha Trading", await alpha.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Contains("Bravo Trading", await bravo.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        await ImportTeamAsync(host, Alpha, "A", "Alpha Sales", Ct);
        await ImportTeamAsync(host, Bravo, "B", "Bravo Sales", Ct);
        return host;
    }

    /// <summary>Every call about a person (opening their DM, posting in it, reading their profile) carried their own workspace's token.</summary>
    private static void AssertEachCallCarriedItsOwnWorkspacesToken(FakeSlackServer slack, int atLeast)
    {
        var aboutSomeone = slack.Calls.Where(c => c.Method != "response_url" && UserOf(slack, c) is not null).ToList();
        Assert.True(aboutSomeone.Count >= atLeast, $"only {aboutSomeone.Count} calls about a person");
        Assert.All(aboutSomeone, call => Assert.Equal(TeamOfUser(UserOf(slack, call)!), slack.TeamOf(call)));
    }

    [Fact]
    public async Task The_install_link_asks_slack_for_the_manifests_bot_scopes_with_a_state_and_the_callback_as_redirect()
    {
        await using var host = await SlackOAuthHost.StartAsync(Ct);
        using var browser = WebBrowser();

        var link = await InstallLinkAsync(host, browser, Ct);

        Assert.Equal(host.Slack.OAuthAuthorizeUrl.GetLeftPart(UriPartial.Path), link.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(link.Query);
        Assert.Equal(FakeSlackServer.ClientId, query["client_id"].ToString());
        Assert.Equal(SlackAppRequirements.BotScopes.Order(StringComparer.Ordinal), query["scope"].ToString().Split(',').Order(StringComparer.Ordinal));
        Assert.Equal(new Uri(host.Client.BaseAddress!, SlackAppRequirements.OAuthCallbackPath), new Uri(query["redirect_uri"].ToString()));
        Assert.False(string.IsNullOrWhiteSpace(query["state"].ToString()));
        Assert.DoesNotContain(FakeSlackServer.ClientSecret, link.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_installed_workspaces_each_see_only_their_own_team_and_nudge_only_their_own_members_with_their_own_token()
    {
        await using var host = await TwoWorkspacesAsync();

        var alphaHelp = await CommandTextAsync(host, "UAANDY", "help", Alpha);
        var bravoHelp = await CommandTextAsync(host, "UBANDY", "help", Bravo);
        var alphaOkrs = await CommandTextAsync(host, "UAANDY", "okrs", Alpha);
        var strangerInBravo = await CommandTextAsync(host, "UAANDY", "okrs", Bravo);

        Assert.Contains("Alpha Sales", alphaHelp, StringComparison.Ordinal);
        Assert.DoesNotContain("Bravo Sales", alphaHelp, StringComparison.Ordinal);
        Assert.Contains("Bravo Sales", bravoHelp, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha Sales", bravoHelp, StringComparison.Ordinal);
        Assert.DoesNotContain("Bravo Sales", alphaOkrs, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha Sales", strangerInBravo, StringComparison.Ordinal);

        // Each manager nudges their own team: three direct messages in each workspace, none across.
        await host.CommandAsync("UAMEILIN", "remind", Ct, teamId: Alpha);
        await host.CommandAsync("UBMEILIN", "remind", Ct, teamId: Bravo);
        await host.WaitForCallsAsync("chat.postMessage", 6, Ct);
        await host.WaitForIdleAsync(Ct);

        var opened = host.Slack.CallsTo("conversations.open").Select(c => c.Arg("users")!).Order(StringComparer.Ordinal);
        Assert.Equal(["UAANDY", "UABEN", "UACINDY", "UBANDY", "UBBEN", "UBCINDY"], opened);
        AssertEachCallCarriedItsOwnWorkspacesToken(host.Slack, atLeast: 12);
        // Every Web API call carried a workspace's token, but the code exchanges, which the app's own credentials authorise.
        Assert.All(host.Slack.Calls.Where(c => c.Method is not ("response_url" or "oauth.v2.access")), call => Assert.NotNull(host.Slack.TeamOf(call)));
        Assert.All(host.Slack.CallsTo("oauth.v2.access"), call => Assert.Null(call.Authorization));
    }

    [Fact]
    public async Task Friday_prompts_reach_every_workspaces_members_each_with_their_workspaces_token_and_the_configured_token_only_for_its_own()
    {
        await using var host = await TwoWorkspacesAsync();
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 21, 30, 0, TimeSpan.Zero));
        var dispatcher = new ImmediateDeliveryDispatcher(host.Services.GetRequiredService<DeliverySender>());
        var pass = ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, dispatcher);

        var running = pass.RunAsync(DeliveryScope.Everything, Ct);
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromMilliseconds(200), () => running.IsCompleted, TimeSpan.FromSeconds(30), Ct);
        var result = await running.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // Andy, Ben and Cindy of the configured workspace and of each installed one.
        Assert.Equal(9, result.Claimed);
        Assert.All(dispatcher.Outcomes, o => Assert.Equal(AttemptResult.Sent, o.Outcome.Result));
        var prompted = host.Slack.CallsTo("chat.postMessage").Select(c => UserOf(host.Slack, c)!).Order(StringComparer.Ordinal);
        Assert.Equal(["U0ANDY", "U0BEN", "U0CINDY", "UAANDY", "UABEN", "UACINDY", "UBANDY", "UBBEN", "UBCINDY"], prompted);
        AssertEachCallCarriedItsOwnWorkspacesToken(host.Slack, atLeast: 18);
    }

    [Fact]
    public async Task A_forged_or_altered_state_is_refused_with_a_page_and_nothing_is_asked_of_slack_or_stored()
    {
        await using var host = await SlackOAuthHost.StartAsync(Ct);
        using var browser = WebBrowser();
        host.Slack.ApproveNextInstall(Alpha, "Alpha Trading");
        var callback = await ThroughSlackAsync(browser, await InstallLinkAsync(host, browser, Ct), Ct);
        var query = QueryHelpers.ParseQuery(callback.Query);
        var state = query["state"].ToString();
        var altered = state[..^2] + (state[^2] == 'A' ? "B" : "A") + state[^1];

        foreach (var forged in new[] { "made-up", altered, "" })
        {
            var url = QueryHelpers.AddQueryString(callback.GetLeftPart(UriPartial.Path), new Dictionary<string, string?> { ["code"] = query["code"], ["state"] = forged });
            using var answer = await browser.GetAsync(url, Ct);

            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains("not made by this ReviewBot", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        Assert.Empty(host.Slack.CallsTo("oauth.v2.access"));
        Assert.Null(await host.Services.GetRequiredService<ISlackInstallations>().FindAsync(Alpha, Ct));
    }

    [Fact]
    public async Task An_expired_state_is_refused_and_says_how_long_a_link_lasts()
    {
        await using var host = await SlackOAuthHost.StartAsync(Ct);
        using var browser = WebBrowser();
        host.Slack.ApproveNextInstall(Alpha, "Alpha Trading");
        var callback = await ThroughSlackAsync(browser, await InstallLinkAsync(host, browser, Ct), Ct);

        host.Time.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        using var answer = await browser.GetAsync(callback, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("expired: a link is good for 10 minutes", await answer.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("oauth.v2.access"));
        Assert.Null(await host.Services.GetRequiredService<ISlackInstallations>().FindAsync(Alpha, Ct));
    }

    [Fact]
    public async Task A_state_used_once_is_refused_the_second_time_on_this_host_and_on_another_one()
    {
        await using var host = await SlackOAuthHost.StartAsync(Ct);
        using var browser = WebBrowser();
        host.Slack.ApproveNextInstall(Alpha, "Alpha Trading");
        var callback = await ThroughSlackAsync(browser, await InstallLinkAsync(host, browser, Ct), Ct);
        using (var first = await browser.GetAsync(callback, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // The same code again too, so only the state can be what refuses it.
        host.Slack.IssueInstallCode(Alpha, "Alpha Trading");
        using var again = await browser.GetAsync(callback, Ct);
        await using var other = await SlackOAuthHost.StartAsync(Ct, sameDatabaseAs: host);
        using var elsewhere = await browser.GetAsync(new Uri(other.Client.BaseAddress!, callback.PathAndQuery), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already used", await again.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("already used", await elsewhere.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Single(host.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task A_cancelled_install_answers_a_page_saying_so_in_the_browsers_language()
    {
        await using var host = await SlackOAuthHost.StartAsync(Ct);

        // Not approved: Slack's page sends the browser back with error=access_denied.
        using var english = await InstallWithoutApprovalAsync(host, "en-GB,en;q=0.8");
        using var chinese = await InstallWithoutApprovalAsync(host, "zh-CN,zh;q=0.9,en;q=0.5");

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        var englishPage = await english.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Installation cancelled", englishPage, StringComparison.Ordinal);
        LanguageAssert.English(englishPage);
        var chinesePage = await chinese.Content.ReadAsStringAsync(Ct);
        Assert.Contains("已取消安装", chinesePage, StringComparison.Ordinal);
        LanguageAssert.Chinese(Text(chinesePage), Link(host));
        Assert.Empty(host.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task A_refused_install_reads_in_chinese_for_a_chinese_browser()
    {
        await using var host = await SlackOAuthHost.StartAsync(Ct);
        using var browser = WebBrowser("zh-CN");

        using var answer = await browser.GetAsync(new Uri(host.Client.BaseAddress!, "/slack/oauth/callback?code=x&state=forged"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        LanguageAssert.Chinese(Text(await answer.Content.ReadAsStringAsync(Ct)), Link(host));
    }

    [Fact]
    public async Task Uninstalling_deletes_that_workspaces_token_and_nothing_is_sent_for_it_afterwards_while_the_other_goes_on()
    {
        await using var host = await TwoWorkspacesAsync();
        using (var ended = await host.EventAsync(new JsonObject { ["type"] = "event_callback", ["team_id"] = Alpha, ["event_id"] = "EvGoneAlpha", ["event"] = new JsonObject { ["type"] = "app_uninstalled" } }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        }

        host.Slack.RevokeTeam(Alpha);
        var afterUninstall = host.Slack.Calls.Count;
        Assert.Null(await host.Services.GetRequiredService<ISlackInstallations>().FindAsync(Alpha, Ct));
        Assert.Contains("not set up for this Slack workspace", await CommandTextAsync(host, "UAANDY", "me", Alpha), StringComparison.Ordinal);

        var calls = host.Slack.Calls.Count;
        var andy = await MemberAsync(host, Alpha, "UAANDY");
        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
            Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Hello" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        Assert.Contains("no token for this Slack workspace", failure.Message, StringComparison.Ordinal);
        Assert.Equal(calls, host.Slack.Calls.Count);
        Assert.Contains(host.Logs.Logs, l => l.Contains("No bot token for Slack workspace T0ALPHA"));
        // Bravo is untouched.
        await Messenger(host).SendDirectAsync(await MemberAsync(host, Bravo, "UBANDY"), new MessageReply { Headline = "Hello" }, deliveryKey: null, Ct);
        Assert.Equal(Bravo, host.Slack.TeamOf(host.Slack.CallsTo("chat.postMessage")[^1]));
        Assert.DoesNotContain(host.Slack.Calls.Skip(afterUninstall), c => host.Slack.TeamOf(c) == Alpha);
    }

    [Fact]
    public async Task A_workspace_set_up_without_a_token_of_its_own_fails_clearly_and_never_borrows_another_workspaces()
    {
        await using var host = await SlackOAuthHost.StartAsync(Ct);
        await ImportTeamAsync(host, "T0NONE", "N", "Nobody Installed", Ct);
        var andy = await MemberAsync(host, "T0NONE", "UNANDY");
        var calls = host.Slack.Calls.Count;

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() =>
            Messenger(host).SendDirectAsync(andy, new MessageReply { Headline = "Hello" }, deliveryKey: null, Ct));

        Assert.True(failure.Permanent);
        Assert.Equal(calls, host.Slack.Calls.Count);
        Assert.Contains(host.Logs.Logs, l => l.Contains("No bot token for Slack workspace T0NONE"));
    }

    [Fact]
    public async Task No_token_or_client_secret_is_in_any_log_and_the_database_holds_only_ciphertext()
    {
        await using var host = await TwoWorkspacesAsync();
        await host.CommandAsync("UAMEILIN", "remind", Ct, teamId: Alpha);
        await host.WaitForCallsAsync("chat.postMessage", 3, Ct);
        await host.WaitForIdleAsync(Ct);
        var secrets = host.Slack.TokensOf(Alpha).Concat(host.Slack.TokensOf(Bravo)).Append(FakeSlackServer.DefaultBotToken).Append(FakeSlackServer.ClientSecret).ToList();

        Assert.Equal(2, host.Slack.TokensOf(Alpha).Count + host.Slack.TokensOf(Bravo).Count);
        Assert.NotEmpty(host.Logs.Logs);
        Assert.All(host.Logs.Logs, log => Assert.All(secrets, secret => Assert.False(log.Contains(secret), $"{log.Category} logged a secret: {log.Message}")));

        await using var connection = await host.Services.GetRequiredService<Database>().OpenAsync(Ct);
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT team_id, protected_bot_token FROM slack_installations ORDER BY team_id";
        await using var rows = await read.ExecuteReaderAsync(Ct);
        var stored = new List<(string Team, string Ciphertext)>();
        while (await rows.ReadAsync(Ct))
        {
            stored.Add((rows.GetString(0), rows.GetString(1)));
        }

        Assert.Equal([Alpha, Bravo], stored.Select(s => s.Team));
        Assert.All(stored, row => Assert.All(secrets, secret => Assert.DoesNotContain(secret, row.Ciphertext, StringComparison.Ordinal)));
        Assert.All(stored, row => Assert.DoesNotContain("xoxb", row.Ciphertext, StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> InstallWithoutApprovalAsync(SlackHost host, string language)
    {
        using var browser = WebBrowser(language);
        var callback = await ThroughSlackAsync(browser, await InstallLinkAsync(host, browser, Ct), Ct);
        Assert.Equal("access_denied", QueryHelpers.ParseQuery(callback.Query)["error"].ToString());
        return await browser.GetAsync(callback, Ct);
    }

    private static IChannelMessenger Messenger(SlackHost host) =>
        host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Slack);

    private static async Task<Member> MemberAsync(SlackHost host, string teamId, string slackUserId)
    {
        var workspace = await host.Services.GetRequiredService<SlackWorkspaces>().FindAsync(teamId, Ct);
        return (await host.Services.GetRequiredService<IReviewStore>().MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, slackUserId, Ct)).Single();
    }

    /// <summary>The page's words without its markup.</summary>
    private static string Text(string html) => System.Text.RegularExpressions.Regex.Replace(html[html.IndexOf("<body>", StringComparison.Ordinal)..], "<[^>]+>", " ");

    private static string Link(SlackHost host) => new Uri(host.Client.BaseAddress!, "/slack/install").ToString();
}
