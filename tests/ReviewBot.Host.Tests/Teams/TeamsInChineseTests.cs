using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Handlers;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>
/// The reader's language on Teams: the activity's <c>locale</c> fills a member the team file left without one,
/// the team file's locale wins when it has one, and the adapter's own words follow the member's language.
/// </summary>
public class TeamsInChineseTests
{
    private const string AndysZoneAndLocale = "    timeZone: America/New_York\n    locale: en-US\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    /// <summary>What a reader sees on the cards of the replies posted into Andy's chat: text blocks, facts, buttons.</summary>
    private static string ReplyText(TeamsHost host) => string.Join('\n', host.Connector.Calls
        .Where(c => c.Method == "POST" && c.Path.StartsWith("/v3/conversations/a:29:andy/activities/", StringComparison.Ordinal))
        .SelectMany(c => Descendants(c.Body!["attachments"]![0]!["content"]))
        .Select(o => o["type"]?.GetValue<string>() is "TextBlock" ? o["text"]?.GetValue<string>() : o["title"]?.GetValue<string>())
        .OfType<string>());

    private static async Task<Member> AndyAsync(TeamsHost host)
    {
        var workspace = await host.Services.GetRequiredService<TeamsWorkspaces>().FindAsync(host.BotFramework.TenantId, Ct);
        return (await host.Services.GetRequiredService<IReviewStore>().MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Teams, TeamsHost.AndyAad, Ct)).Single();
    }

    private static JsonObject InChinese(JsonObject activity)
    {
        activity["locale"] = "zh-CN";
        activity["localTimezone"] = "Asia/Shanghai";
        return activity;
    }

    [Fact]
    public async Task A_member_the_team_file_left_without_a_locale_takes_the_chinese_of_their_teams_client_and_reads_chinese()
    {
        await using var host = await TeamsHost.StartAsync(Ct, yaml => yaml.Replace(AndysZoneAndLocale, "", StringComparison.Ordinal));
        Assert.True((await AndyAsync(host)).ProfileFromChat);

        await host.SendAsync(InChinese(host.Activity("message", "29:andy", TeamsHost.AndyAad, "复盘 帮助")), Ct);

        var andy = await AndyAsync(host);
        Assert.Equal(("zh-CN", "Asia/Shanghai", false), (andy.Locale, andy.TimeZoneId, andy.ProfileFromChat));
        var text = ReplyText(host);
        LanguageAssert.Chinese(text, "Andy", "Andy Miller", "Export Sales", "2026-Q4");
        Assert.Contains("复盘", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_files_locale_wins_over_the_teams_clients()
    {
        await using var host = await TeamsHost.StartAsync(Ct);

        await host.SendAsync(InChinese(host.Activity("message", "29:andy", TeamsHost.AndyAad, "review help")), Ct);

        Assert.Equal("en-US", (await AndyAsync(host)).Locale);
        LanguageAssert.English(ReplyText(host), "Andy", "Andy Miller", "Export Sales", "2026-Q4");
    }

    [Fact]
    public async Task A_chinese_reader_pressing_a_card_again_is_told_in_chinese_that_it_is_done()
    {
        await using var host = await TeamsHost.StartAsync(Ct, yaml => yaml.Replace(AndysZoneAndLocale, "", StringComparison.Ordinal));
        var invoke = InChinese(host.Activity("invoke", "29:andy", TeamsHost.AndyAad));
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "no-such-button", ["data"] = new JsonObject() } };

        await host.SendAsync(invoke, Ct);
        var again = await (await host.SendAsync(invoke, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        var said = again!["value"]!.GetValue<string>();
        Assert.Equal("已经处理过了。", said);
        LanguageAssert.Chinese(said);
    }
}
