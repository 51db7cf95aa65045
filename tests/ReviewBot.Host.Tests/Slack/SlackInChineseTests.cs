using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReviewBot.Testing;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// The adapter's own words (the modal's Cancel, a form offered as buttons) in the reader's language, beside the
/// engine's: Mei Lin reads zh-CN from the team file, Andy en-US; Cindy's locale comes from Slack's users.info.
/// </summary>
public class SlackInChineseTests
{
    private const string Andy = "U0ANDY";
    private const string Mei = "U0MEILIN";
    private const string AndysLocale = "    timeZone: America/New_York\n    locale: en-US\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every text field of Block Kit blocks: section and context text, fields, buttons, headers.</summary>
    private static string Texts(JsonNode? blocks) => string.Join("\n", (blocks as JsonArray ?? []).SelectMany(b => new[] { b!["text"]?["text"]?.GetValue<string>() }
        .Concat((b["fields"] as JsonArray ?? []).Select(f => f!["text"]!.GetValue<string>()))
        .Concat((b["elements"] as JsonArray ?? []).Select(e => e!["text"] is JsonValue v ? v.GetValue<string>() : e["text"]?["text"]?.GetValue<string>())))
        .OfType<string>());

    [Fact]
    public async Task A_chinese_member_asking_for_help_reads_the_answer_in_chinese_and_an_english_one_in_english()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var chinese = await (await host.CommandAsync(Mei, "帮助", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var english = await (await host.CommandAsync(Andy, "help", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        LanguageAssert.Chinese(Texts(chinese!["blocks"]), "Mei", "Mei Lin", "Export Sales", "2026-Q4");
        Assert.Contains("复盘", Texts(chinese["blocks"]), StringComparison.Ordinal);
        LanguageAssert.English(Texts(english!["blocks"]), "Andy", "Andy Miller", "Export Sales", "2026-Q4");
    }

    [Fact]
    public async Task A_chinese_members_check_in_modal_closes_in_chinese_and_an_english_members_in_english()
    {
        await using var host = await SlackHost.StartAsync(Ct, yaml => yaml.Replace(AndysLocale, "    timeZone: America/New_York\n    locale: zh-CN\n", StringComparison.Ordinal));

        await host.CommandAsync(Andy, "签到", Ct);
        await host.CommandAsync("U0CINDY", "checkin", Ct);

        var views = host.Slack.CallsTo("views.open").Select(c => c.JsonArg("view")!).ToList();
        Assert.Equal(2, views.Count);
        var close = views[0]["close"]!["text"]!.GetValue<string>();
        Assert.Equal("取消", close);
        LanguageAssert.Chinese(close);
        Assert.Equal("Cancel", views[1]["close"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_form_asked_for_in_a_direct_message_is_offered_with_buttons_in_the_readers_language()
    {
        await using var host = await SlackHost.StartAsync(Ct, yaml => yaml.Replace(AndysLocale, "    timeZone: America/New_York\n    locale: zh-CN\n", StringComparison.Ordinal));
        JsonObject Message(string id, string user, string text) => new()
        {
            ["type"] = "event_callback",
            ["team_id"] = FakeSlackServer.TeamId,
            ["event_id"] = id,
            ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = $"D{user}", ["user"] = user, ["text"] = text, ["ts"] = $"1795168800.{id}" },
        };

        await host.EventAsync(Message("000001", Andy, "复盘 签到"), Ct);
        await host.WaitForCallsAsync("chat.postMessage", 1, Ct);
        await host.EventAsync(Message("000002", "U0CINDY", "review checkin"), Ct);
        var posted = await host.WaitForCallsAsync("chat.postMessage", 2, Ct);

        string Buttons(SlackCall call) => string.Join("\n", (call.JsonArg("blocks") as JsonArray ?? [])
            .Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray().Select(e => e!["text"]!["text"]!.GetValue<string>())));
        var chinese = Buttons(posted.Single(c => c.Arg("channel") == $"D{Andy}"));
        Assert.Equal("打开表单\n直接在这里逐项回答", chinese);
        LanguageAssert.Chinese(chinese);
        Assert.Equal("Open the form\nAnswer here, one at a time", Buttons(posted.Single(c => c.Arg("channel") == "DU0CINDY")));
    }

    [Fact]
    public async Task A_member_whose_slack_profile_is_chinese_reads_the_adapter_in_chinese_once_it_is_filled()
    {
        await using var host = await SlackHost.StartAsync(Ct, yaml => yaml.Replace(AndysLocale, "", StringComparison.Ordinal));
        host.Slack.AddUser(new FakeSlackUser(Andy, "andy", Tz: "Asia/Shanghai", TzOffset: 28800, Locale: "zh-CN"));

        // The first turn fills the profile from users.info in the background; the next one reads it.
        await host.CommandAsync(Andy, "me", Ct);
        await host.WaitForCallsAsync("users.info", 1, Ct);
        await host.WaitForIdleAsync(Ct);
        await host.CommandAsync(Andy, "checkin", Ct);

        Assert.Equal("取消", host.Slack.CallsTo("views.open").Single().JsonArg("view")!["close"]!["text"]!.GetValue<string>());
    }
}
