using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;
using ReviewBot.Host.Scheduling;
using ReviewBot.Testing;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// A live stream's review the whole way through the real Slack adapter and a fake Slack on loopback: Mei Lin (the
/// manager, Shanghai, reads zh-CN) schedules "Black Friday EU" for Friday 27 November 2026 at 20:00 her time (12:00
/// UTC), 90 minutes, hosted by Andy (New York) with Ben (Berlin) on the crew. The review is asked for at 14:00 UTC,
/// 09:00 for Andy and 15:00 for Ben; the summary goes to the team's channel C0EXPORTSALES.
/// </summary>
public class SlackLiveStreamReviewTests
{
    private const string Andy = "U0ANDY";
    private const string Ben = "U0BEN";
    private const string Mei = "U0MEILIN";
    private const string TeamChannel = "C0EXPORTSALES";
    private const string Schedule = "stream add 2026-11-27 20:00 90m \"Black Friday EU\" <@U0ANDY|andy> <@U0BEN|ben>";
    private static readonly DateTimeOffset AskedAt = new(2026, 11, 27, 14, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<DeliveryKind> StreamKinds = [DeliveryKind.StreamReviewPrompt, DeliveryKind.StreamReviewSummary];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stream_scheduled_in_slack_is_prompted_once_per_reviewer_answered_by_modal_and_text_and_summarised_once_to_the_team_channel()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        // Slack escapes the mentions in a slash command's text as <@U…|name>.
        var scheduled = await (await host.CommandAsync(Mei, Schedule, Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var schedulingReply = Texts(scheduled!["blocks"]) + "\n" + scheduled["text"]!.GetValue<string>();
        LanguageAssert.Chinese(schedulingReply, "Black Friday EU", "Andy Miller", "Ben Weber", "Andy", "Ben", "Export Sales", "USD", "2026-Q4", "UTC", "review", "stream", "now", "cancel", "list");
        Assert.Contains("Black Friday EU", schedulingReply, StringComparison.Ordinal);
        var stream = Assert.Single(await StreamsAsync(host));
        Assert.Equal((new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(90)), (stream.StartsAt, stream.Duration));

        // Before the end and the delay nothing goes out; after it, one prompt each, and a second pass sends none again.
        host.Time.SetUtcNow(AskedAt.AddMinutes(-5));
        await PassAsync(host);
        Assert.Empty(StreamPrompts(host));
        host.Time.SetUtcNow(AskedAt.AddMinutes(5));
        await PassAsync(host);
        await PassAsync(host);
        var prompts = StreamPrompts(host);
        Assert.Equal(new[] { host.Slack.DirectMessageWith(Andy), host.Slack.DirectMessageWith(Ben) }.Order(StringComparer.Ordinal), prompts.Select(p => p.Arg("channel")).Order(StringComparer.Ordinal));
        Assert.All(prompts, p => Assert.Equal(
            [$"{ActionIds.OpenStreamReview}|{stream.Id}", $"{ActionIds.StreamReviewByText}|{stream.Id}"],
            Buttons(p).Select(b => b["action_id"]!.GetValue<string>())));

        // Andy presses Review it: the modal with the numbers and the rating selects.
        var andysPrompt = prompts.Single(p => p.Arg("channel") == host.Slack.DirectMessageWith(Andy));
        Assert.Equal(HttpStatusCode.OK, (await host.InteractAsync(Press(host, Andy, andysPrompt, Buttons(andysPrompt)[0], "trigger-andy"), Ct)).StatusCode);
        var view = host.Slack.CallsTo("views.open").Single(c => c.Arg("trigger_id") == "trigger-andy").JsonArg("view")!.AsObject();
        var blocks = view["blocks"]!.AsArray().Select(b => b!.AsObject()).Where(b => b["type"]!.GetValue<string>() == "input").ToDictionary(b => b["block_id"]!.GetValue<string>());
        Assert.Equal([.. ReviewTemplates.LiveStream.Questions.Select(q => q.Id)], blocks.Keys);
        Assert.Equal("plain_text_input", blocks[StreamMetrics.Gmv]["element"]!["type"]!.GetValue<string>());
        Assert.StartsWith("GMV", blocks[StreamMetrics.Gmv]["label"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "5"], blocks["people-rating"]["element"]!["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));

        // Peak viewers above viewers is refused beside the peak; nothing is saved.
        var invalid = await (await host.InteractAsync(Submit(Andy, view, AndysAnswers(peak: "15000")), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("errors", invalid!["response_action"]!.GetValue<string>());
        Assert.Contains("can't be more than viewers", invalid["errors"]![StreamMetrics.PeakViewers]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync(host, stream));

        // Corrected, it is recorded once; Slack sending the same submission again records nothing more.
        var valid = await host.InteractAsync(Submit(Andy, view, AndysAnswers(peak: "3100")), Ct);
        Assert.Equal("", await valid.Content.ReadAsStringAsync(Ct));
        var andysAnswers = await AnswersAsync(host, stream);
        Assert.Equal("12500", andysAnswers.Single(a => a.QuestionId == StreamMetrics.Gmv).Text);
        Assert.Equal("3100", andysAnswers.Single(a => a.QuestionId == StreamMetrics.PeakViewers).Text);
        await host.InteractAsync(Submit(Andy, view, AndysAnswers(peak: "3100")), Ct);
        Assert.Equal(andysAnswers.Count, (await AnswersAsync(host, stream)).Count);

        // Ben answers in his DM, one question at a time; a number he gets wrong is asked again.
        var bensPrompt = prompts.Single(p => p.Arg("channel") == host.Slack.DirectMessageWith(Ben));
        var dm = bensPrompt.Arg("channel")!;
        var said = SaidTo(host, dm, "trigger-ben").Count;
        await host.InteractAsync(Press(host, Ben, bensPrompt, Buttons(bensPrompt)[1], "trigger-ben"), Ct);
        var first = await NextSaidAsync(host, dm, "trigger-ben", said, Ct);
        Assert.Contains("Viewers", first, StringComparison.Ordinal);
        var replies = new List<string>();
        var turn = 0;
        foreach (var answer in new[] { "about four thousand", "4000", "2800", "18", "310", "11800", "7,5", "4", "Andy kept the chat going", "3", "skip", "5", "skip", "The countdown offers", "Start on time" })
        {
            said = SaidTo(host, dm, "trigger-ben").Count;
            await host.EventAsync(Message(Ben, dm, $"Ev{++turn:D4}", answer), Ct);
            replies.Add(await NextSaidAsync(host, dm, "trigger-ben", said, Ct));
        }

        Assert.Contains("I couldn't read 'about four thousand' as a number of viewers", replies[0], StringComparison.Ordinal);
        Assert.Contains("Peak concurrent viewers", replies[1], StringComparison.Ordinal);
        Assert.Contains("Recorded your review of “Black Friday EU”.", replies[^1], StringComparison.Ordinal);
        var bensAnswers = (await AnswersAsync(host, stream)).Where(a => a.AuthorMemberId != andysAnswers[0].AuthorMemberId).ToList();
        Assert.Equal("4000", bensAnswers.Single(a => a.QuestionId == StreamMetrics.Viewers).Text);
        Assert.Equal("11800", bensAnswers.Single(a => a.QuestionId == StreamMetrics.Gmv).Text);

        // Both have answered: the next pass posts the summary to the team's channel once, and no pass after it again.
        host.Time.SetUtcNow(AskedAt.AddHours(1));
        await PassAsync(host);
        await PassAsync(host);
        host.Time.SetUtcNow(AskedAt.AddDays(2));
        await PassAsync(host);
        var summary = Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == TeamChannel);
        var text = Texts(summary.JsonArg("blocks"));
        Assert.Contains("Black Friday EU", text, StringComparison.Ordinal);
        // The host's numbers in the team's currency, each part's rating averaged over both, the comments by part.
        foreach (var expected in new[]
        {
            "*Viewers*\n4,200", "*Peak concurrent viewers*\n3,100", "*GMV*\nUS$12.5k", "*Conversion rate*\n8.1%",
            "*People: the host*\n4.5/5 (2 answers)", "*Goods: the line-up*\n3.5/5 (2 answers)", "*Scene: the set*\n4.0/5 (2 answers)",
            "Andy Miller: Ben answered the chat nonstop", "Ben Weber: Andy kept the chat going", "Ben Weber: Start on time",
            "*Reviewers: 2 of 2 answered*",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(2, StreamPrompts(host).Count);
    }

    [Fact]
    public async Task The_stream_trend_answers_in_the_readers_language_and_uploads_its_chart()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var stream = await ScheduleAndPromptAsync(host);
        await ReviewByModalAsync(host, Andy, stream, AndysAnswers(peak: "3100"));

        var trend = await (await host.CommandAsync(Mei, "streams", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.Equal("ephemeral", trend!["response_type"]!.GetValue<string>());
        var text = Texts(trend["blocks"]);
        Assert.Contains("Black Friday EU", text, StringComparison.Ordinal);
        LanguageAssert.Chinese(text, "Black Friday EU", "Export Sales", "2026-Q4", "GMV", "US$", "review", "streams");
        await host.WaitForCallsAsync("files.completeUploadExternal", 1, Ct);
        var chart = Assert.Single(host.Slack.Uploads);
        Assert.EndsWith(".png", chart.Filename, StringComparison.Ordinal);
        Assert.Equal(PngSignature, chart.Content![..4]);
        Assert.Equal(chart.DeclaredLength, chart.Content.Length);
    }

    [Fact]
    public async Task A_teams_own_template_from_its_team_file_is_the_form_its_streams_are_reviewed_with()
    {
        await using var host = await SlackHost.StartAsync(Ct, yaml => yaml.Replace("\nobjectives:\n", QuickStream + "\nobjectives:\n", StringComparison.Ordinal));
        var stream = await ScheduleAndPromptAsync(host);
        Assert.Equal("quick-stream", stream.TemplateId);

        var view = await OpenModalAsync(host, Andy, stream);
        Assert.Equal(["gmv", "best-seller", "change"], InputBlocks(view).Keys);
        Assert.StartsWith("What sold best?", InputBlocks(view)["best-seller"]["label"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var saved = await host.InteractAsync(Submit(Andy, view, new() { ["gmv"] = Text("9800"), ["best-seller"] = Chosen("boots"), ["change"] = Text("Open with the boots") }), Ct);

        Assert.Equal("", await saved.Content.ReadAsStringAsync(Ct));
        var answers = await AnswersAsync(host, stream);
        Assert.All(answers, a => Assert.Equal("quick-stream", a.TemplateId));
        Assert.Equal(("9800", "boots"), (answers.Single(a => a.QuestionId == "gmv").Text, answers.Single(a => a.QuestionId == "best-seller").Text));
    }

    [Fact]
    public async Task A_key_result_fed_by_the_streams_shows_the_reviewed_gmv_in_the_quarter_review()
    {
        await using var host = await SlackHost.StartAsync(Ct, yaml => yaml.Replace("\n  - key: customer-experience\n", LiveGmv + "\n  - key: customer-experience\n", StringComparison.Ordinal));
        var before = await (await host.CommandAsync(Mei, "quarter", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var stream = await ScheduleAndPromptAsync(host);
        await ReviewByModalAsync(host, Andy, stream, AndysAnswers(peak: "3100"));

        var review = await (await host.CommandAsync(Mei, "quarter", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);

        Assert.StartsWith("🔴 暂无填报", Assessment(before!), StringComparison.Ordinal);
        Assert.StartsWith("🔴 US$1.25万（目标 US$40万）", Assessment(review!), StringComparison.Ordinal);
        // The stream's answers are no check-ins: the quarter's check-in count is as before.
        Assert.Matches(@"\*填报情况：应填 \d+ 次，实填 0 次\*", Texts(review!["blocks"]));
    }

    /// <summary>The quarter review's assessment line of the fed key result (the one under its heading).</summary>
    private static string Assessment(JsonObject review)
    {
        var lines = Texts(review["blocks"]).Split('\n');
        return lines[Array.IndexOf(lines, "*Live-stream GMV（Andy Miller）*") + 1];
    }

    private const string QuickStream = """

        templates:
          - id: quick-stream
            title: Quick stream review
            for: stream
            parts: [{ id: numbers, title: Numbers }, { id: goods, title: Goods }]
            questions:
              - { id: gmv, kind: number, prompt: GMV, unit: currency, part: numbers }
              - { id: best-seller, kind: choice, prompt: What sold best?, choices: [coats, boots], part: goods }
              - { id: change, kind: text, prompt: What do we change next time?, required: false }

        streams:
          template: quick-stream
        """;

    private const string LiveGmv = """

              - key: live-gmv
                title: Live-stream GMV
                owner: andy.miller@example.com
                unit: { currency: USD }
                start: 0
                target: 400000
                feed: live-streams.gmv
                basis: One stream a week at about US$30k.
        """;

    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    /// <summary>Mei schedules the stream and the pass after its end prompts Andy and Ben.</summary>
    private static async Task<LiveStream> ScheduleAndPromptAsync(SlackHost host)
    {
        Assert.Equal(HttpStatusCode.OK, (await host.CommandAsync(Mei, Schedule, Ct)).StatusCode);
        var stream = Assert.Single(await StreamsAsync(host));
        host.Time.SetUtcNow(AskedAt.AddMinutes(5));
        await PassAsync(host);
        Assert.Equal(2, StreamPrompts(host).Count);
        return stream;
    }

    private static async Task<JsonObject> OpenModalAsync(SlackHost host, string userId, LiveStream stream)
    {
        var prompt = StreamPrompts(host).Single(p => p.Arg("channel") == host.Slack.DirectMessageWith(userId));
        var trigger = $"trigger-{userId}-{stream.Id}";
        await host.InteractAsync(Press(host, userId, prompt, Buttons(prompt)[0], trigger), Ct);
        return host.Slack.CallsTo("views.open").Single(c => c.Arg("trigger_id") == trigger).JsonArg("view")!.AsObject();
    }

    private static async Task ReviewByModalAsync(SlackHost host, string userId, LiveStream stream, Dictionary<string, JsonObject> answers)
    {
        var view = await OpenModalAsync(host, userId, stream);
        Assert.Equal("", await (await host.InteractAsync(Submit(userId, view, answers), Ct)).Content.ReadAsStringAsync(Ct));
    }

    private static Dictionary<string, JsonObject> InputBlocks(JsonObject view) =>
        view["blocks"]!.AsArray().Select(b => b!.AsObject()).Where(b => b["type"]!.GetValue<string>() == "input").ToDictionary(b => b["block_id"]!.GetValue<string>());

    private static async Task PassAsync(SlackHost host)
    {
        var pass = ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, new ImmediateDeliveryDispatcher(host.Services.GetRequiredService<DeliverySender>()));
        var running = pass.RunAsync(new DeliveryScope { Kinds = StreamKinds }, Ct);
        // The clock also times the HTTP retries: move it until the pass is done.
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromMilliseconds(200), () => running.IsCompleted, TimeSpan.FromSeconds(30), Ct);
        await running.WaitAsync(TimeSpan.FromSeconds(30), Ct);
    }

    private static async Task<IReadOnlyList<LiveStream>> StreamsAsync(SlackHost host)
    {
        var (workspaceId, teamId) = await TeamAsync(host);
        return await host.Services.GetRequiredService<ILiveStreams>().StreamsAsync(workspaceId, teamId, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), Ct);
    }

    private static async Task<IReadOnlyList<Core.CheckIns.ReviewAnswer>> AnswersAsync(SlackHost host, LiveStream stream) =>
        await host.Services.GetRequiredService<ILiveStreams>().StreamAnswersAsync(stream.WorkspaceId, [stream.Id], Ct);

    private static async Task<(string WorkspaceId, string TeamId)> TeamAsync(SlackHost host)
    {
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var team = (await host.Services.GetRequiredService<IReviewStore>().ListTeamsAsync(workspace!.Id, Ct)).Single();
        return (workspace.Id, team.Id);
    }

    private static List<SlackCall> StreamPrompts(SlackHost host) =>
        [.. host.Slack.CallsTo("chat.postMessage").Where(c => c.StatusCode == 200 && Buttons(c).Any(b => b["action_id"]!.GetValue<string>().StartsWith(ActionIds.OpenStreamReview, StringComparison.Ordinal)))];

    private static List<JsonObject> Buttons(SlackCall call) =>
        [.. (call.JsonArg("blocks") as JsonArray ?? []).Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray().Select(e => e!.AsObject()))];

    /// <summary>Every text field of Block Kit blocks: section and context text, fields, buttons, headers.</summary>
    private static string Texts(JsonNode? blocks) => string.Join("\n", (blocks as JsonArray ?? []).SelectMany(b => new[] { b!["text"]?["text"]?.GetValue<string>() }
        .Concat((b["fields"] as JsonArray ?? []).Select(f => f!["text"]!.GetValue<string>()))
        .Concat((b["elements"] as JsonArray ?? []).Select(e => e!["text"] is JsonValue v ? v.GetValue<string>() : e["text"]?["text"]?.GetValue<string>())))
        .OfType<string>());

    /// <summary>What the bot said to one member: posts in their DM and answers to their interactions' response_url.</summary>
    private static List<SlackCall> SaidTo(SlackHost host, string channel, string responseId) =>
        [.. host.Slack.Calls.Where(c => (c.Method == "chat.postMessage" && c.Arg("channel") == channel) || (c.Method == "response_url" && c.Arg("id") == responseId))];

    /// <summary>Waits for what the bot says next to the member, after the <paramref name="after"/> things it said before.</summary>
    private static async Task<string> NextSaidAsync(SlackHost host, string channel, string responseId, int after, CancellationToken cancellationToken)
    {
        Assert.True(await Poll.UntilAsync(() => SaidTo(host, channel, responseId).Count > after, TimeSpan.FromSeconds(30), cancellationToken));
        await host.WaitForIdleAsync(cancellationToken);
        return string.Join("\n", SaidTo(host, channel, responseId).Skip(after).Select(c => c.Arg("text") + "\n" + Texts(c.JsonArg("blocks"))));
    }

    private static JsonObject Interaction(string type, string userId) => new()
    {
        ["type"] = type,
        ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId },
        ["user"] = new JsonObject { ["id"] = userId },
    };

    private static JsonObject Press(SlackHost host, string userId, SlackCall prompt, JsonObject button, string triggerId)
    {
        var press = Interaction("block_actions", userId);
        press["trigger_id"] = triggerId;
        press["channel"] = new JsonObject { ["id"] = prompt.Arg("channel") };
        press["response_url"] = host.Slack.ResponseUrl(triggerId).ToString();
        press["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = button["action_id"]!.GetValue<string>(), ["value"] = button["value"]!.GetValue<string>() });
        return press;
    }

    private static JsonObject Submit(string userId, JsonObject view, Dictionary<string, JsonObject> values)
    {
        var state = new JsonObject();
        foreach (var (blockId, element) in values)
        {
            state[blockId] = new JsonObject { ["value"] = element };
        }

        var payload = Interaction("view_submission", userId);
        payload["view"] = new JsonObject
        {
            ["id"] = "V0STREAM",
            ["hash"] = "h1",
            ["callback_id"] = view["callback_id"]!.GetValue<string>(),
            ["private_metadata"] = view["private_metadata"]?.GetValue<string>(),
            ["state"] = new JsonObject { ["values"] = state },
        };
        return payload;
    }

    private static Dictionary<string, JsonObject> AndysAnswers(string peak) => new()
    {
        [StreamMetrics.Viewers] = Text("4200"),
        [StreamMetrics.PeakViewers] = Text(peak),
        [StreamMetrics.WatchTime] = Text("21"),
        [StreamMetrics.Orders] = Text("340"),
        [StreamMetrics.Gmv] = Text("12500"),
        [StreamMetrics.Conversion] = Text("8.1"),
        ["people-rating"] = Chosen("5"),
        ["people-comment"] = Text("Ben answered the chat nonstop"),
        ["goods-rating"] = Chosen("4"),
        ["goods-comment"] = Text("The coats sold out in ten minutes"),
        ["scene-rating"] = Chosen("3"),
        ["keep"] = Text("The countdown offers"),
        ["change"] = Text("More light on the table"),
    };

    private static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    private static JsonObject Chosen(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };

    private static JsonObject Message(string user, string channel, string id, string text) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = FakeSlackServer.TeamId,
        ["event_id"] = id,
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = channel, ["user"] = user, ["text"] = text, ["ts"] = $"1795780800.{id[2..]}00" },
    };
}
