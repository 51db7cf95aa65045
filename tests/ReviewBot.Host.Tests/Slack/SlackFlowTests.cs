using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

public class SlackFlowTests
{
    private const string Andy = "U0ANDY";
    private const string Mei = "U0MEILIN";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Interaction(string type, string userId) => new()
    {
        ["type"] = type,
        ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId },
        ["user"] = new JsonObject { ["id"] = userId },
    };

    private static JsonObject Submission(string userId, JsonObject view, Dictionary<string, JsonObject> values)
    {
        var state = new JsonObject();
        foreach (var (blockId, element) in values)
        {
            state[blockId] = new JsonObject { ["value"] = element };
        }

        var payload = Interaction("view_submission", userId);
        payload["view"] = new JsonObject
        {
            ["id"] = "V0CHECKIN",
            ["hash"] = "h1",
            ["callback_id"] = view["callback_id"]!.GetValue<string>(),
            ["private_metadata"] = view["private_metadata"]!.GetValue<string>(),
            ["state"] = new JsonObject { ["values"] = state },
        };
        return payload;
    }

    private static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    private static JsonObject Chosen(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };

    private static string BlockId(JsonObject view, string labelStart) =>
        view["blocks"]!.AsArray().Single(b => b!["label"]?["text"]?.GetValue<string>().StartsWith(labelStart, StringComparison.Ordinal) == true)!["block_id"]!.GetValue<string>();

    [Fact]
    public async Task A_member_checks_in_from_the_prompt_through_the_modal_and_the_prompt_becomes_a_summary()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var engine = host.Services.GetRequiredService<ConversationEngine>();
        var messenger = host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Slack);
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var andy = (await store.MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, Andy, Ct)).Single();

        // The weekly prompt: a direct message with the key results and a Check in button.
        Assert.NotNull(await messenger.SendDirectAsync(andy, (await engine.CheckInPromptAsync(andy, Ct))!, deliveryKey: null, Ct));
        Assert.Equal(Andy, host.Slack.CallsTo("conversations.open").Single().Arg("users"));
        var prompt = host.Slack.Messages.Single();
        Assert.Equal("Andy, time for your week 8 check-in", prompt.Text);

        // The button opens the modal at once, remembering the prompt it came from.
        var press = Interaction("block_actions", Andy);
        press["trigger_id"] = "trigger-1";
        press["channel"] = new JsonObject { ["id"] = prompt.Channel };
        press["message"] = new JsonObject { ["ts"] = prompt.Ts };
        press["response_url"] = host.Slack.ResponseUrl("press").ToString();
        press["actions"] = new JsonArray(new JsonObject { ["action_id"] = ActionIds.OpenCheckIn });
        Assert.Equal(HttpStatusCode.OK, (await host.InteractAsync(press, Ct)).StatusCode);
        var open = host.Slack.CallsTo("views.open").Single();
        Assert.Equal("trigger-1", open.Arg("trigger_id"));
        var view = open.JsonArg("view")!.AsObject();
        Assert.StartsWith("checkin|weekly-checkin|2026-Q4|8|", view["callback_id"]!.GetValue<string>(), StringComparison.Ordinal);

        // An invalid value comes back as an error beside its field; nothing is saved.
        var revenue = BlockId(view, "US revenue: value now");
        var revenueConfidence = BlockId(view, "Confidence for US revenue");
        var invalid = await host.InteractAsync(Submission(Andy, view, new() { [revenue] = Text("abc"), [revenueConfidence] = Chosen("on-track") }), Ct);
        var errors = await invalid.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("errors", errors!["response_action"]!.GetValue<string>());
        Assert.Equal("I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", errors["errors"]![revenue]!.GetValue<string>());
        Assert.Empty(await store.CheckInsAsync(workspace.Id, andy.TeamId, new Quarter(2026, 4), Ct));

        // A valid one closes the modal, is stored, and the prompt turns into the summary.
        var valid = await host.InteractAsync(Submission(Andy, view, new() { [revenue] = Text("13.9M"), [revenueConfidence] = Chosen("at-risk") }), Ct);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal("", await valid.Content.ReadAsStringAsync(Ct));
        var update = (await host.WaitForCallsAsync("chat.update", 1, Ct)).Single();
        Assert.Equal((prompt.Channel, prompt.Ts), (update.Arg("channel"), update.Arg("ts")));
        Assert.Equal("Checked in for week 8.", host.Slack.Messages.Single().Text);
        var stored = Assert.Single(await store.CheckInsAsync(workspace.Id, andy.TeamId, new Quarter(2026, 4), Ct));
        Assert.Equal((13_900_000m, ChatPlatform.Slack), (stored.Value, stored.Source));

        // The same submission delivered again records nothing more.
        await host.InteractAsync(Submission(Andy, view, new() { [revenue] = Text("13.9M"), [revenueConfidence] = Chosen("at-risk") }), Ct);
        Assert.Single(await store.CheckInsAsync(workspace.Id, andy.TeamId, new Quarter(2026, 4), Ct));
    }

    [Fact]
    public async Task A_value_that_looks_wrong_is_questioned_beside_its_field_and_the_same_modal_submitted_again_saves_it()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var andy = (await store.MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, Andy, Ct)).Single();
        var press = Interaction("block_actions", Andy);
        press["trigger_id"] = "trigger-1";
        press["actions"] = new JsonArray(new JsonObject { ["action_id"] = ActionIds.OpenCheckIn });
        await host.InteractAsync(press, Ct);
        var view = host.Slack.CallsTo("views.open").Single().JsonArg("view")!.AsObject();
        var revenue = BlockId(view, "US revenue: value now");
        var confidence = BlockId(view, "Confidence for US revenue");
        Dictionary<string, JsonObject> Values() => new() { [revenue] = Text("950bn"), [confidence] = Chosen("on-track") };

        var questioned = await (await host.InteractAsync(Submission(Andy, view, Values()), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("errors", questioned!["response_action"]!.GetValue<string>());
        Assert.EndsWith("Save again unchanged to keep US$950bn, or correct it.", questioned["errors"]![revenue]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await store.CheckInsAsync(workspace.Id, andy.TeamId, new Quarter(2026, 4), Ct));

        var confirmed = await host.InteractAsync(Submission(Andy, view, Values()), Ct);

        Assert.Equal("", await confirmed.Content.ReadAsStringAsync(Ct));
        Assert.Equal(950_000_000_000m, Assert.Single(await store.CheckInsAsync(workspace.Id, andy.TeamId, new Quarter(2026, 4), Ct)).Value);
    }

    [Fact]
    public async Task The_manager_gets_the_quarter_review_and_a_member_asking_for_the_team_is_refused()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var review = await (await host.CommandAsync(Mei, "quarter", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var refused = await (await host.CommandAsync(Andy, "week", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var posted = await (await host.CommandAsync(Mei, "quarter post", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("ephemeral", review!["response_type"]!.GetValue<string>());
        // Mei's locale is zh-CN: she reads the review in Chinese.
        Assert.Equal("Export Sales · 2026-Q4 季度复盘（进行中：第 8 周，共 14 周）", review["blocks"]![0]!["text"]!["text"]!.GetValue<string>());
        Assert.Contains("一、回顾目标", review.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.StartsWith("Only the team's managers can see the team's week", refused!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("in_channel", posted!["response_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_checkin_command_opens_the_modal_with_its_trigger()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var response = await host.CommandAsync(Andy, "checkin", Ct, triggerId: "trigger-checkin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("trigger-checkin", host.Slack.CallsTo("views.open").Single().Arg("trigger_id"));
    }

    [Fact]
    public async Task A_slack_workspace_nobody_set_up_is_told_so()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var body = host.CommandBody(Andy, "me").Replace(FakeSlackServer.TeamId, "T0OTHER", StringComparison.Ordinal);

        var answer = await (await host.Client.SendAsync(host.Signed("/slack/commands", body, "application/x-www-form-urlencoded"), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.StartsWith("ReviewBot is not set up for this Slack workspace yet.", answer!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_delivered_three_times_is_handled_once()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var envelope = new JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = FakeSlackServer.TeamId,
            ["event_id"] = "Ev0001",
            ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0ANDY", ["user"] = Andy, ["text"] = "review help", ["ts"] = "1795168800.000100" },
        };

        foreach (var retry in new int?[] { null, 1, 2 })
        {
            Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(envelope, Ct, retry)).StatusCode);
        }

        var posted = await host.WaitForCallsAsync("chat.postMessage", 1, Ct);
        await host.WaitForIdleAsync(Ct);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("What you can do, Andy", posted[0].Arg("text"));
    }

    [Fact]
    public async Task The_bots_own_messages_and_edits_are_ignored()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        JsonObject Event(string id, JsonObject inner) => new() { ["type"] = "event_callback", ["team_id"] = FakeSlackServer.TeamId, ["event_id"] = id, ["event"] = inner };

        await host.EventAsync(Event("Ev1", new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0ANDY", ["user"] = "U0BOT", ["bot_id"] = "B0BOT", ["text"] = "review help", ["ts"] = "1.1" }), Ct);
        await host.EventAsync(Event("Ev2", new JsonObject { ["type"] = "message", ["subtype"] = "message_changed", ["channel_type"] = "im", ["channel"] = "D0ANDY", ["ts"] = "1.2" }), Ct);
        await host.EventAsync(Event("Ev3", new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0ANDY", ["user"] = Andy, ["text"] = "review me", ["ts"] = "1.3" }), Ct);

        var posted = await host.WaitForCallsAsync("chat.postMessage", 1, Ct);
        Assert.StartsWith("Your key results", Assert.Single(posted).Arg("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_url_check_is_answered_with_its_challenge()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var response = await host.EventAsync(new JsonObject { ["type"] = "url_verification", ["token"] = "t", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" }, Ct);

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Opening_app_home_publishes_my_key_results()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        await host.EventAsync(new JsonObject { ["type"] = "event_callback", ["team_id"] = FakeSlackServer.TeamId, ["event_id"] = "EvHome", ["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = Andy, ["tab"] = "home" } }, Ct);

        var publish = (await host.WaitForCallsAsync("views.publish", 1, Ct)).Single();
        Assert.Equal(Andy, publish.Arg("user_id"));
        var home = publish.JsonArg("view")!;
        Assert.Equal("home", home["type"]!.GetValue<string>());
        Assert.Contains("Your key results", home.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(ActionIds.OpenCheckIn, home.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uninstalling_the_app_disables_the_workspace()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        await host.EventAsync(new JsonObject { ["type"] = "event_callback", ["team_id"] = FakeSlackServer.TeamId, ["event_id"] = "EvGone", ["event"] = new JsonObject { ["type"] = "app_uninstalled" } }, Ct);
        var answer = await (await host.CommandAsync(Andy, "me", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.StartsWith("ReviewBot is not set up for this Slack workspace yet.", answer!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_nudge_reaches_each_member_by_direct_message()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        var answer = await (await host.CommandAsync(Mei, "remind", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        var posted = await host.WaitForCallsAsync("chat.postMessage", 3, Ct);
        Assert.Equal(3, posted.Count);
        Assert.Equal(["U0ANDY", "U0BEN", "U0CINDY"], host.Slack.CallsTo("conversations.open").Select(c => c.Arg("users")!).Order());
        // Mei Lin's locale is zh-CN: the summary is hers to read, in Chinese.
        Assert.StartsWith("已提醒 3 人", answer!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Odd_values_in_a_submitted_view_are_ignored_rather_than_crashing()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var andy = (await host.Services.GetRequiredService<IReviewStore>().MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, Andy, Ct)).Single();
        var payload = Interaction("view_submission", Andy);
        payload["view"] = new JsonObject
        {
            ["id"] = "V1",
            ["callback_id"] = $"checkin|weekly-checkin|2026-Q4|8|{andy.Id}",
            ["state"] = new JsonObject { ["values"] = new JsonObject { ["b"] = null, ["c"] = new JsonObject { ["value"] = new JsonObject { ["type"] = 1, ["value"] = 2 } } } },
        };

        var response = await host.InteractAsync(payload, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("errors", (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["response_action"]!.GetValue<string>());
    }
}
