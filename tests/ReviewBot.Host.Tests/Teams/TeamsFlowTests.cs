using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

public class TeamsFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static string InputId(JsonNode card, string labelStart) =>
        Descendants(card).Single(o => o["label"]?.GetValue<string>().StartsWith(labelStart, StringComparison.Ordinal) == true)["id"]!.GetValue<string>();

    /// <summary>JSON as written, Chinese unescaped, so a test reads the reply's words.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions AsWritten = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Texts(JsonNode card) =>
        string.Join('\n', Descendants(card).Where(o => o["type"]?.GetValue<string>() == "TextBlock").Select(o => o["text"]!.GetValue<string>()));

    private static JsonObject Invoke(TeamsHost host, string verb, JsonObject data)
    {
        var activity = host.Activity("invoke", "29:andy", TeamsHost.AndyAad);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        return activity;
    }

    private static async Task<Member> AndyAsync(TeamsHost host)
    {
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<TeamsWorkspaces>().FindAsync(host.BotFramework.TenantId, Ct);
        return (await store.MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Teams, TeamsHost.AndyAad, Ct)).Single();
    }

    [Fact]
    public async Task A_member_checks_in_with_an_invalid_then_a_valid_card_submission_and_a_retry_changes_nothing()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var install = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad);
        install["action"] = "add";
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(install, Ct)).StatusCode);

        // "review checkin" in the personal chat answers with the check-in card.
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(host.Activity("message", "29:andy", TeamsHost.AndyAad, "review checkin"), Ct)).StatusCode);
        var reply = host.Connector.Calls.Single(c => c.Method == "POST" && c.Path.StartsWith("/v3/conversations/a:29:andy/activities/", StringComparison.Ordinal));
        var card = reply.Body!["attachments"]![0]!["content"]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.Body["attachments"]![0]!["contentType"]!.GetValue<string>());
        var revenue = InputId(card, "US revenue: value now (USD)");
        var confidence = InputId(card, "Confidence for US revenue");
        var formId = Descendants(card).First(o => o["verb"]?.GetValue<string>() == "form.submit")["data"]!["formId"]!.GetValue<string>();

        // An invalid value: the same card comes back in the invoke response, the error beside the field, nothing saved.
        var invalid = await (await host.SendAsync(Invoke(host, "form.submit", new JsonObject { ["formId"] = formId, [revenue] = "abc", [confidence] = "on-track" }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal(200, invalid!["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", invalid["type"]!.GetValue<string>());
        Assert.Contains("I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", Texts(invalid["value"]!), StringComparison.Ordinal);
        Assert.Equal("abc", Descendants(invalid["value"]).Single(o => o["id"]?.GetValue<string>() == revenue)["value"]!.GetValue<string>());
        var andy = await AndyAsync(host);
        var store = host.Services.GetRequiredService<IReviewStore>();
        Assert.Empty(await store.CheckInsAsync(andy.WorkspaceId, andy.TeamId, new Quarter(2026, 4), Ct));

        // A valid one: the confirmation card replaces the form, and the check-in is stored once.
        var valid = Invoke(host, "form.submit", new JsonObject { ["formId"] = formId, [revenue] = "13.9M", [confidence] = "at-risk" });
        var saved = await (await host.SendAsync(valid, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Contains("Checked in for week 8.", Texts(saved!["value"]!), StringComparison.Ordinal);
        var retried = await (await host.SendAsync(valid, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("Already done.", retried!["value"]!.GetValue<string>());
        var stored = Assert.Single(await store.CheckInsAsync(andy.WorkspaceId, andy.TeamId, new Quarter(2026, 4), Ct));
        Assert.Equal((13_900_000m, ChatPlatform.Teams), (stored.Value, stored.Source));
    }

    [Fact]
    public async Task A_retried_message_activity_is_handled_once()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var message = host.Activity("message", "29:andy", TeamsHost.AndyAad, "review help");

        await host.SendAsync(message, Ct);
        await host.SendAsync(message, Ct);

        Assert.Single(host.Connector.Calls, c => c.Method == "POST" && c.Path.Contains("/activities/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Review_quarter_after_an_at_mention_in_a_channel_answers_the_manager_linked_by_email()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        host.Connector.AddMember("29:mei", "mei.lin@example.com", "aad-mei-0001");
        var message = host.Activity("message", "29:mei", "aad-mei-0001", "<at>ReviewBot</at> review quarter", "19:sales@thread.tacv2;messageid=1", "channel");
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>ReviewBot</at>", ["mentioned"] = new JsonObject { ["id"] = TeamsHost.BotId, ["name"] = "ReviewBot" } });

        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(message, Ct)).StatusCode);

        Assert.Contains(host.Connector.Calls, c => c.Method == "GET" && c.Path == "/v3/conversations/19:sales@thread.tacv2;messageid=1/members/29:mei");
        var reply = host.Connector.Calls.Last(c => c.Method == "POST");
        // Mei's locale is zh-CN: she reads the review in Chinese.
        Assert.Contains("Export Sales · 2026-Q4 季度复盘（进行中：第 8 周，共 14 周）", Texts(reply.Body!), StringComparison.Ordinal);
        Assert.Contains("一、回顾目标", Texts(reply.Body!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_managers_review_card_shows_the_chart_from_the_report_page_and_links_that_open_it_and_its_exports()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        host.Connector.AddMember("29:mei", "mei.lin@example.com", "aad-mei-0001");
        var message = host.Activity("message", "29:mei", "aad-mei-0001", "<at>ReviewBot</at> review quarter xlsx", "19:sales@thread.tacv2;messageid=1", "channel");
        message["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>ReviewBot</at>", ["mentioned"] = new JsonObject { ["id"] = TeamsHost.BotId, ["name"] = "ReviewBot" } });
        var review = host.Activity("message", "29:mei", "aad-mei-0001", "<at>ReviewBot</at> review quarter", "19:sales@thread.tacv2;messageid=2", "channel");
        review["entities"] = message["entities"]!.DeepClone();

        await host.SendAsync(review, Ct);
        var card = host.Connector.Calls.Last(c => c.Method == "POST").Body!.ToJsonString(AsWritten);
        await host.SendAsync(message, Ct);
        var export = host.Connector.Calls.Last(c => c.Method == "POST").Body!.ToJsonString(AsWritten);

        Assert.Matches("\"type\":\"Image\",\"url\":\"http://[^\"]+/reports/[A-Za-z0-9_-]{43}/attainment.png\"", card);
        Assert.Matches("\"type\":\"Action.OpenUrl\",\"title\":\"打开完整报告\",\"url\":\"http://[^\"]+/reports/[A-Za-z0-9_-]{43}\"", card);
        // Teams takes no file from a bot in a channel: the export is a download link.
        Assert.Matches("\"type\":\"Action.OpenUrl\",\"title\":\"下载 Excel\",\"url\":\"http://[^\"]+/reports/[A-Za-z0-9_-]{43}.xlsx\"", export);
    }

    [Fact]
    public async Task A_proactive_prompt_creates_the_conversation_when_the_member_has_none_yet()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var install = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad);
        install["action"] = "add";
        await host.SendAsync(install, Ct);
        var store = host.Services.GetRequiredService<IReviewStore>();
        var andy = await AndyAsync(host);
        var ben = (await store.MembersByChatIdentityAsync(andy.WorkspaceId, ChatPlatform.Teams, TeamsHost.BenAad, Ct)).Single();
        var engine = host.Services.GetRequiredService<ConversationEngine>();
        var messenger = host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Teams);

        Assert.NotNull(await messenger.SendDirectAsync(ben, (await engine.CheckInPromptAsync(ben, Ct))!, deliveryKey: null, Ct));
        Assert.NotNull(await messenger.SendDirectAsync(andy, (await engine.CheckInPromptAsync(andy, Ct))!, deliveryKey: null, Ct));
        Assert.NotNull(await messenger.SendDirectAsync(ben, (await engine.CheckInPromptAsync(ben, Ct))!, deliveryKey: null, Ct));

        var create = Assert.Single(host.Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        Assert.Equal(host.BotFramework.TenantId, create.Body!["tenantId"]!.GetValue<string>());
        Assert.Equal(TeamsHost.BenAad, create.Body["members"]![0]!["aadObjectId"]!.GetValue<string>());
        var sends = host.Connector.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal)).Select(c => c.Path).ToList();
        Assert.Equal(["/v3/conversations/a:created-1/activities", "/v3/conversations/a:29:andy/activities", "/v3/conversations/a:created-1/activities"], sends);
        var prompt = host.Connector.Calls[^1].Body!["attachments"]![0]!["content"]!;
        Assert.Contains("Ben, time for your week 8 check-in", Texts(prompt), StringComparison.Ordinal);
        // The prompt is the form itself: an input per key result and an Action.Execute to save.
        Assert.Equal("Europe revenue: value now (EUR)", Descendants(prompt).First(o => o["type"]?.GetValue<string>() == "Input.Text")["label"]!.GetValue<string>());
        Assert.Contains(Descendants(prompt), o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == "form.submit");
    }

    [Fact]
    public async Task Uninstalling_stops_proactive_messages_to_that_conversation()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var install = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad);
        install["action"] = "add";
        await host.SendAsync(install, Ct);
        var remove = host.Activity("installationUpdate", "29:andy", TeamsHost.AndyAad);
        remove["action"] = "remove";
        await host.SendAsync(remove, Ct);
        var andy = await AndyAsync(host);

        var failure = await Assert.ThrowsAsync<DeliveryFailedException>(() => host.Services.GetServices<IChannelMessenger>().Single(m => m.Platform == ChatPlatform.Teams)
            .SendDirectAsync(andy, new MessageReply { Headline = "hello" }, deliveryKey: null, Ct));

        // The scheduler stops trying and tells the manager why.
        Assert.True(failure.Permanent);
        Assert.Equal("The member has no chat with ReviewBot in Teams; the app must be installed for them.", failure.Message);
        Assert.DoesNotContain(host.Connector.Calls, c => c.Method == "POST");
    }

    [Fact]
    public async Task A_connector_answering_429_is_retried_after_its_retry_after()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        host.Connector.ThrottleNext();

        var sending = host.SendAsync(host.Activity("message", "29:andy", TeamsHost.AndyAad, "review help"), Ct);

        // The retry waits for Retry-After (1 s) on the host's clock, which the test moves once the 429 was seen.
        await Poll.AdvancingAsync(
            host.Time,
            TimeSpan.FromMilliseconds(250),
            () => sending.IsCompleted,
            TimeSpan.FromSeconds(10),
            Ct,
            moveWhile: () => host.Connector.Calls.Count(c => c.Method == "POST") == 1);

        Assert.Equal(HttpStatusCode.OK, (await sending).StatusCode);
        var posts = host.Connector.Calls.Where(c => c.Method == "POST").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Contains("What you can do, Andy", Texts(posts[1].Body!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"action\":{\"verb\":42}}")]
    [InlineData("[1,2]")]
    [InlineData("{\"action\":{\"verb\":\"checkin.open\",\"data\":{\"value\":7}}}")]
    public async Task An_odd_invoke_value_gets_an_answer_not_a_server_error(string value)
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var invoke = host.Activity("invoke", "29:andy", TeamsHost.AndyAad);
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = JsonNode.Parse(value);

        var response = await host.SendAsync(invoke, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["statusCode"]);
    }

    [Fact]
    public async Task A_buttons_submit_fallback_from_an_older_client_presses_the_button()
    {
        await using var host = await TeamsHost.StartAsync(Ct);
        var message = host.Activity("message", "29:andy", TeamsHost.AndyAad);
        message["value"] = new JsonObject { ["action"] = ActionIds.OpenCheckIn };

        await host.SendAsync(message, Ct);

        var reply = host.Connector.Calls.Single(c => c.Method == "POST");
        Assert.Contains(Descendants(reply.Body!["attachments"]![0]!["content"]), o => o["verb"]?.GetValue<string>() == "form.submit");
    }
}
