using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Scheduling;
using ReviewBot.Teams.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>
/// The live-stream review through the real Teams adapter and the fake Bot Framework: Mei (the manager, zh-CN) schedules
/// "Black Friday EU" in the team's channel for 20:00 her time on Friday 20 November 2026 (12:00 UTC), 90 minutes,
/// hosted by Andy with Ben as crew, @-mentioning them as Teams does; the scheduler's passes prompt them in their 1:1
/// chats from 14:00 UTC, Andy answers on the card, Ben in the chat, and the review goes to the team's channel once.
/// </summary>
public class TeamsLiveStreamReviewTests
{
    private const string Channel = "19:export-sales@thread.tacv2";
    private const string ChannelThread = Channel + ";messageid=1";
    private const string MeiAad = "aad-mei-0001";

    private static readonly DeliveryScope StreamDeliveries = new() { Kinds = new HashSet<DeliveryKind> { DeliveryKind.StreamReviewPrompt, DeliveryKind.StreamReviewSummary } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static string InputId(JsonNode card, string labelStart) =>
        Descendants(card).Single(o => o["label"]?.GetValue<string>().StartsWith(labelStart, StringComparison.Ordinal) == true)["id"]!.GetValue<string>();

    private static string Texts(JsonNode card) =>
        string.Join('\n', Descendants(card).Where(o => o["type"]?.GetValue<string>() == "TextBlock").Select(o => o["text"]!.GetValue<string>()));

    private static List<ConnectorCall> Sent(TeamsHost host, string conversationId) =>
        [.. host.Connector.Calls.Where(c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal))];

    private static JsonObject Card(ConnectorCall call) => call.Body!["attachments"]![0]!["content"]!.AsObject();

    [Fact]
    public async Task A_stream_scheduled_by_mentions_is_prompted_answered_on_the_card_and_in_the_chat_and_summarised_once_in_the_channel()
    {
        await using var host = await StartAsync(Ct);
        var stream = await ScheduleAsync(host);
        Assert.Equal("Black Friday EU", stream.Title);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), stream.StartsAt);
        var (andy, ben) = await AndyAndBenAsync(host);
        Assert.Equal((andy.Id, ben.Id), (stream.HostMemberId, Assert.Single(stream.CrewMemberIds)));

        // The stream ends at 13:30 UTC; its prompts are owed 30 minutes later.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 14, 1, 0, TimeSpan.Zero));
        var first = await PassAsync(host);
        var second = await PassAsync(host);

        Assert.Equal(
            new[] { DeliveryKeys.StreamReviewPrompt(stream.Id, andy.Id), DeliveryKeys.StreamReviewPrompt(stream.Id, ben.Id) }.Order(StringComparer.Ordinal),
            first.Select(o => o.DeliveryKey).Order(StringComparer.Ordinal));
        Assert.All(first, o => Assert.Equal(AttemptResult.Sent, o.Outcome.Result));
        Assert.Empty(second);
        var andyPrompt = Card(Assert.Single(Sent(host, "a:29:andy")));
        var benPrompt = Card(Assert.Single(Sent(host, "a:29:ben")));
        // The prompt is the form itself, as a check-in's is, with answering in the chat beside Save.
        Assert.Contains("Andy, time to review “Black Friday EU”", Texts(andyPrompt), StringComparison.Ordinal);
        var formId = Descendants(andyPrompt).Single(o => o["verb"]?.GetValue<string>() == "form.submit")["data"]!["formId"]!.GetValue<string>();
        var byText = Descendants(benPrompt).Single(o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == ActionIds.StreamReviewByText);
        Assert.Equal(stream.Id, byText["data"]!["value"]!.GetValue<string>());

        // Andy's card: a peak above the viewers comes back with that field's error and nothing is saved.
        var values = new JsonObject
        {
            ["formId"] = formId,
            [InputId(andyPrompt, "Viewers")] = "12000",
            [InputId(andyPrompt, "Peak concurrent viewers")] = "15000",
            [InputId(andyPrompt, "Average watch time")] = "7",
            [InputId(andyPrompt, "Orders")] = "210",
            [InputId(andyPrompt, "GMV")] = "12500",
            [InputId(andyPrompt, "Conversion rate")] = "1.75",
            [InputId(andyPrompt, "People: how well")] = "4",
            [InputId(andyPrompt, "Goods: how well")] = "4",
            [InputId(andyPrompt, "Scene: how")] = "5",
            [InputId(andyPrompt, "What to keep")] = "The countdown deals",
            [InputId(andyPrompt, "What to change")] = "Start on time",
        };
        var invalid = await InvokeAsync(host, Submit(host, "29:andy", TeamsHost.AndyAad, values));
        Assert.Equal("application/vnd.microsoft.card.adaptive", invalid["type"]!.GetValue<string>());
        Assert.Contains("Peak concurrent viewers (15,000) can't be more than viewers (12,000)", Texts(invalid["value"]!), StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync(host, stream));

        values[InputId(andyPrompt, "Peak concurrent viewers")] = "900";
        var corrected = Submit(host, "29:andy", TeamsHost.AndyAad, values);
        var recorded = await InvokeAsync(host, corrected);
        Assert.Contains("Recorded your review of “Black Friday EU”.", Texts(recorded["value"]!), StringComparison.Ordinal);
        var andysAnswers = (await AnswersAsync(host, stream)).Count;
        Assert.Equal("900", (await AnswersAsync(host, stream)).Single(a => a.QuestionId == StreamMetrics.PeakViewers).Text);

        // Teams redelivers the same activity: nothing more is recorded.
        await host.SendAsync(corrected, Ct);
        Assert.Equal(andysAnswers, (await AnswersAsync(host, stream)).Count);

        // Ben answers in his chat, one question at a time, and gives a peak above his viewers once.
        var opened = await InvokeAsync(host, Press(host, "29:ben", TeamsHost.BenAad, ActionIds.StreamReviewByText, stream.Id));
        Assert.Contains("Black Friday EU, one question at a time", opened.ToJsonString(), StringComparison.Ordinal);
        await SayAsync(host, "29:ben", TeamsHost.BenAad, "500");
        var peakTooHigh = await SayAsync(host, "29:ben", TeamsHost.BenAad, "800");
        Assert.Contains("Peak concurrent viewers (800) can't be more than viewers (500)", peakTooHigh, StringComparison.Ordinal);
        var last = "";
        foreach (var answer in new[] { "450", "6", "150", "12500", "1,25 %", "4", "none", "3", "none", "5", "none", "Countdown deals", "Test the sound" })
        {
            last = await SayAsync(host, "29:ben", TeamsHost.BenAad, answer);
        }

        Assert.Contains("Recorded your review of “Black Friday EU”.", last, StringComparison.Ordinal);
        Assert.Equal("450", (await AnswersAsync(host, stream)).Single(a => a.QuestionId == StreamMetrics.PeakViewers && a.AuthorMemberId == ben.Id).Text);

        // Everyone answered: the next pass posts the review to the team's channel, once.
        Assert.Empty(Sent(host, Channel));
        var summary = await PassAsync(host);
        var again = await PassAsync(host);

        Assert.Equal([DeliveryKeys.StreamReviewSummary(stream.Id)], summary.Select(o => o.DeliveryKey));
        Assert.Empty(again);
        var post = Card(Assert.Single(Sent(host, Channel)));
        Assert.Contains("Black Friday EU", Texts(post), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_streams_answers_with_the_trend_and_review_quarter_shows_the_streams_gmv_on_the_fed_key_result()
    {
        await using var host = await StartAsync(Ct, yaml => yaml.Replace(
            "    keyResults:\n      - key: us-revenue",
            "    keyResults:\n      - key: live-gmv\n        title: Live-stream GMV\n        owner: andy.miller@example.com\n        unit: { currency: USD }\n"
            + "        start: 0\n        target: 400000\n        feed: live-streams.gmv\n        basis: A stream a week.\n      - key: us-revenue",
            StringComparison.Ordinal));
        var stream = await ScheduleAsync(host);
        host.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 14, 1, 0, TimeSpan.Zero));
        await PassAsync(host);
        var formId = Descendants(Card(Sent(host, "a:29:andy")[0])).Single(o => o["verb"]?.GetValue<string>() == "form.submit")["data"]!["formId"]!.GetValue<string>();
        var prompt = Card(Sent(host, "a:29:andy")[0]);
        await InvokeAsync(host, Submit(host, "29:andy", TeamsHost.AndyAad, new JsonObject
        {
            ["formId"] = formId,
            [InputId(prompt, "Viewers")] = "12000",
            [InputId(prompt, "Peak concurrent viewers")] = "900",
            [InputId(prompt, "Average watch time")] = "7",
            [InputId(prompt, "Orders")] = "210",
            [InputId(prompt, "GMV")] = "12500",
            [InputId(prompt, "Conversion rate")] = "1.75",
            [InputId(prompt, "People: how well")] = "4",
            [InputId(prompt, "Goods: how well")] = "4",
            [InputId(prompt, "Scene: how")] = "5",
            [InputId(prompt, "What to keep")] = "The countdown deals",
            [InputId(prompt, "What to change")] = "Start on time",
        }));
        Assert.NotEmpty(await AnswersAsync(host, stream));

        var trend = await SayAsync(host, "29:andy", TeamsHost.AndyAad, "review streams");
        var quarter = await SayAsync(host, "29:andy", TeamsHost.AndyAad, "review quarter");

        Assert.Contains("Export Sales · live streams in 2026-Q4: 1 reviewed", trend, StringComparison.Ordinal);
        Assert.Contains("Nov 20 Black Friday EU: GMV US$12.5k · orders 210 · conversion 1.75% · rating 4.3/5", trend, StringComparison.Ordinal);
        // Teams takes no file from a bot, and the report page draws no stream chart yet: Teams shows the trend's lines and totals.
        Assert.Contains("\"title\":\"GMV in USD\",\"value\":\"US$12.5k\"", trend, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"Image\"", trend, StringComparison.Ordinal);
        // The fed key result's value is the stream's GMV, the host's answer.
        Assert.Contains("Live-stream GMV (Andy Miller)", quarter, StringComparison.Ordinal);
        Assert.Contains("US$12.5k of US$400k", quarter, StringComparison.Ordinal);
    }

    private static async Task<TeamsHost> StartAsync(CancellationToken cancellationToken, Func<string, string>? editFile = null)
    {
        var host = await TeamsHost.StartAsync(cancellationToken, editFile);
        host.Connector.AddMember("29:mei", "mei.lin@example.com", MeiAad);
        host.Connector.AddMember("29:andy", "andy.miller@example.com", TeamsHost.AndyAad);
        host.Connector.AddMember("29:ben", "ben.weber@example.com", TeamsHost.BenAad);
        foreach (var (user, aad) in new[] { ("29:andy", TeamsHost.AndyAad), ("29:ben", TeamsHost.BenAad) })
        {
            var install = host.Activity("installationUpdate", user, aad);
            install["action"] = "add";
            Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(install, cancellationToken)).StatusCode);
        }

        return host;
    }

    /// <summary>Mei's command in the channel, with the entities Teams sends: the bot's mention and each person's, by 29: id.</summary>
    private static async Task<LiveStream> ScheduleAsync(TeamsHost host)
    {
        var message = host.Activity(
            "message",
            "29:mei",
            MeiAad,
            "<at>ReviewBot</at> review stream add 2026-11-20 20:00 90m \"Black Friday EU\" <at>Andy Miller</at> <at>Ben Weber</at>",
            ChannelThread,
            "channel");
        message["entities"] = new JsonArray(
            Mention("<at>ReviewBot</at>", TeamsHost.BotId, "ReviewBot"),
            Mention("<at>Andy Miller</at>", "29:andy", "Andy Miller"),
            Mention("<at>Ben Weber</at>", "29:ben", "Ben Weber"));
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(message, Ct)).StatusCode);

        var (andy, _) = await AndyAndBenAsync(host);
        var streams = await host.Services.GetRequiredService<IReviewStore>().QuarterStreamsAsync(andy.WorkspaceId, andy.TeamId, new Quarter(2026, 4), Ct);
        Assert.True(streams.Count == 1, $"Mei's command was answered: {Texts(Sent(host, ChannelThread).Last().Body!)}");
        return streams[0];
    }

    private static JsonObject Mention(string text, string id, string name) =>
        new() { ["type"] = "mention", ["text"] = text, ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } };

    private static async Task<(Member Andy, Member Ben)> AndyAndBenAsync(TeamsHost host)
    {
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<TeamsWorkspaces>().FindAsync(host.BotFramework.TenantId, Ct);
        return (
            (await store.MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Teams, TeamsHost.AndyAad, Ct)).Single(),
            (await store.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Teams, TeamsHost.BenAad, Ct)).Single());
    }

    private static async Task<IReadOnlyList<ReviewAnswer>> AnswersAsync(TeamsHost host, LiveStream stream) =>
        await host.Services.GetRequiredService<IReviewStore>().StreamAnswersAsync(stream.WorkspaceId, [stream.Id], Ct);

    /// <summary>One scheduler pass over the stream deliveries, sent at once through the real messenger.</summary>
    private static async Task<IReadOnlyList<(string DeliveryKey, DeliveryOutcome Outcome)>> PassAsync(TeamsHost host)
    {
        var dispatcher = new ImmediateDeliveryDispatcher(host.Services.GetRequiredService<DeliverySender>());
        var pass = ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, dispatcher);
        await pass.RunAsync(StreamDeliveries, Ct);
        return dispatcher.Outcomes;
    }

    private static JsonObject Submit(TeamsHost host, string user, string aad, JsonObject data) => Invoke(host, user, aad, "form.submit", data);

    private static JsonObject Press(TeamsHost host, string user, string aad, string actionId, string value) =>
        Invoke(host, user, aad, actionId, new JsonObject { ["action"] = actionId, ["value"] = value });

    private static JsonObject Invoke(TeamsHost host, string user, string aad, string verb, JsonObject data)
    {
        var activity = host.Activity("invoke", user, aad);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        return activity;
    }

    private static async Task<JsonObject> InvokeAsync(TeamsHost host, JsonObject activity) =>
        (await (await host.SendAsync(activity, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct))!;

    /// <summary>A message in the user's 1:1 chat; the text of every card the bot answered it with.</summary>
    private static async Task<string> SayAsync(TeamsHost host, string user, string aad, string text)
    {
        var before = host.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(host.Activity("message", user, aad, text), Ct)).StatusCode);
        return string.Join('\n', host.Connector.Calls.Skip(before).Where(c => c.Method == "POST" && c.Body?["attachments"] is not null).Select(c => c.Body!.ToJsonString(AsWritten)));
    }

    /// <summary>JSON as written, so a test reads the reply's words wherever the card puts them (text blocks, facts, tables).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions AsWritten = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
