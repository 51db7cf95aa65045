using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scheduling;
using ReviewBot.Host.Scheduling;
using ReviewBot.Testing;
using ReviewBot.Testing.Language;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// 2027-Q1 planned in Slack, through the real adapter and a fake Slack on loopback. Andy (New York, en-US) sends his
/// 2026-Q4 retrospective on Monday 28 December; the scheduler then asks him once to plan 2027-Q1. He proposes in the
/// modal (a target equal to its start is refused beside it), Mei Lin (the manager, Shanghai, reads zh-CN) sends it back
/// from `/review plan` with a comment, Andy answers again in his DM one question at a time, Mei approves, and the first
/// check-in of 2027-Q1 asks for the key results approved.
/// </summary>
public class SlackPlanningTests
{
    private const string Andy = "U0ANDY";
    private const string Ben = "U0BEN";
    private const string Cindy = "U0CINDY";
    private const string Mei = "U0MEILIN";
    private static readonly Quarter Q1 = new(2027, 1);
    private static readonly DateTimeOffset RetrospectiveDay = new(2026, 12, 28, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Friday 8 January 2027, 21:05 UTC: past 16:00 in New York, Andy's first check-in of 2027-Q1 is due.</summary>
    private static readonly DateTimeOffset FirstCheckIn = new(2027, 1, 8, 21, 5, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_quarter_is_planned_in_slack_from_the_retrospective_to_the_next_quarters_first_check_in()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        host.Time.SetUtcNow(RetrospectiveDay);

        // 1. Andy sends his retrospective in its modal: US revenue ended at 20M, with the cause he gives.
        var retrospective = await OpenByCommandAsync(host, Andy, "retro", "trigger-retro");
        Assert.Equal("", await (await host.InteractAsync(Submit(Andy, retrospective, RetrospectiveAnswers(retrospective)), Ct)).Content.ReadAsStringAsync(Ct));
        await host.WaitForIdleAsync(Ct);

        // The scheduler asks him to plan once; a second pass sends nothing more.
        await PassAsync(host, DeliveryKind.PlanningPrompt);
        await PassAsync(host, DeliveryKind.PlanningPrompt);
        var prompt = Assert.Single(PlanningPrompts(host));
        Assert.Equal(host.Slack.DirectMessageWith(Andy), prompt.Arg("channel"));
        Assert.Equal([$"{ActionIds.OpenPlan}|{Q1.Id}", $"{ActionIds.PlanByText}|{Q1.Id}"], Buttons(prompt).Select(b => b["action_id"]!.GetValue<string>()));

        // 2. The form opens from the button: US revenue carried over, starting where it ended, its result and cause beside.
        await host.InteractAsync(Press(host, Andy, prompt.Arg("channel")!, prompt.Arg("ts"), Buttons(prompt)[0], "trigger-plan"), Ct);
        var form = View(host, "trigger-plan");
        AssertWithinSlacksLimits(form);
        var revenue = CarriedRow(form, "US revenue");
        var inputs = InputBlocks(form);
        Assert.Contains("US$20M", Hint(inputs[revenue + ".keep"]), StringComparison.Ordinal);
        Assert.Contains(Cause, Hint(inputs[revenue + ".keep"]), StringComparison.Ordinal);
        Assert.Equal("20,000,000", inputs[revenue + ".start"]["element"]!["initial_value"]!.GetValue<string>());

        // A target equal to its start is refused beside the target, and nothing is saved.
        var refused = await (await host.InteractAsync(Submit(Andy, form, Proposal(form, revenue, target: "20M", basis: "Three renewals in January")), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("errors", refused!["response_action"]!.GetValue<string>());
        Assert.Contains(revenue + ".target", refused["errors"]!.AsObject().Select(e => e.Key));
        Assert.All(refused["errors"]!.AsObject(), e => Assert.Contains(e.Key, inputs.Keys));
        Assert.Null(await ProposalAsync(host));

        // Corrected, it is saved as proposed, and Mei gets one notice in her DM, in Chinese.
        Assert.Equal("", await (await host.InteractAsync(Submit(Andy, form, Proposal(form, revenue, target: "30M", basis: "Three renewals in January")), Ct)).Content.ReadAsStringAsync(Ct));
        await host.WaitForIdleAsync(Ct);
        var proposed = await ProposalAsync(host);
        Assert.Equal(PlanStatus.Proposed, proposed!.Status);
        Assert.Equal(30_000_000m, proposed.KeyResults.Single(k => k.Title == "US revenue").Target);
        // Slack sending the same submission again saves nothing new and tells Mei nothing more.
        Assert.Equal("", await (await host.InteractAsync(Submit(Andy, form, Proposal(form, revenue, target: "30M", basis: "Three renewals in January")), Ct)).Content.ReadAsStringAsync(Ct));
        await host.WaitForIdleAsync(Ct);
        var unchanged = await ProposalAsync(host);
        Assert.Equal(proposed.UpdatedAt, unchanged!.UpdatedAt);
        Assert.Equal(proposed.KeyResults, unchanged.KeyResults);
        var notice = Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == host.Slack.DirectMessageWith(Mei));
        LanguageAssert.Chinese(Said(notice), "Andy Miller", "2027-Q1", "review plan", "review", "plan");

        // 3. Mei sees the proposal in `/review plan`, inline and in Chinese, and sends it back from its button.
        var view = await (await host.CommandAsync(Mei, "plan", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        // Answered in the acknowledgement, within the command's budget: no "working on it" and nothing through response_url.
        Assert.Equal("ephemeral", view!["response_type"]!.GetValue<string>());
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method == "response_url" && c.Arg("id") == $"cmd-{Mei}");
        var viewText = Texts(view["blocks"]);
        Assert.Contains("Andy Miller", viewText, StringComparison.Ordinal);
        Assert.Contains("US$2,000万 → US$3,000万 · 依据：Three renewals in January", viewText, StringComparison.Ordinal);
        LanguageAssert.Chinese(viewText, Typed);
        var sendBack = ButtonsIn(view["blocks"]).Single(b => b["action_id"]!.GetValue<string>().StartsWith(ActionIds.SendPlanBack, StringComparison.Ordinal));
        await host.InteractAsync(Press(host, Mei, "C0SALES", null, sendBack, "trigger-back"), Ct);
        var back = View(host, "trigger-back");
        AssertWithinSlacksLimits(back);
        var emptyComment = await (await host.InteractAsync(Submit(Mei, back, new() { [CommentField] = Text("") }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("errors", emptyComment!["response_action"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await host.InteractAsync(Submit(Mei, back, new() { [CommentField] = Text(Comment) }), Ct)).StatusCode);
        await host.WaitForIdleAsync(Ct);
        Assert.Equal(PlanStatus.SentBack, (await ProposalAsync(host))!.Status);
        // Mei's confirmation is hers alone, where she pressed (her ephemeral view's response_url), not the channel's.
        var sentBack = host.Slack.Calls.Last(c => c.Method == "response_url" && c.Arg("id") == "trigger-back");
        Assert.Contains(Comment, Said(sentBack), StringComparison.Ordinal);
        LanguageAssert.Chinese(Said(sentBack), [.. Typed, Comment]);
        Assert.DoesNotContain(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == "C0SALES");
        var dm = host.Slack.DirectMessageWith(Andy)!;
        var toAndy = host.Slack.CallsTo("chat.postMessage").Last(c => c.Arg("channel") == dm);
        Assert.Contains(Comment, Said(toAndy), StringComparison.Ordinal);
        Assert.Contains(Buttons(toAndy), b => b["action_id"]!.GetValue<string>() == $"{ActionIds.OpenPlan}|{Q1.Id}");

        // "review plan" typed in the DM can't open a modal (a message brings no trigger): its buttons open the planning form.
        var turn = 0;
        var before = host.Slack.CallsTo("chat.postMessage").Count(c => c.Arg("channel") == dm);
        await host.EventAsync(Message(Andy, dm, $"Ev{++turn:D4}", "review plan"), Ct);
        await NextSaidAsync(host, dm, before);
        var asButtons = host.Slack.CallsTo("chat.postMessage").Last(c => c.Arg("channel") == dm);
        Assert.Equal([$"{ActionIds.OpenPlan}|{Q1.Id}", $"{ActionIds.PlanByText}|{Q1.Id}"], Buttons(asButtons).Select(b => b["action_id"]!.GetValue<string>()));

        // Andy answers again in his DM, one question at a time; a target he types wrong is asked again.
        var replies = new List<string>();
        foreach (var answer in new[] { "review plan text", "keep", "20M", "about 27", "27M", "Three renewals, one distributor lost", "keep", "2.1%", "3.2%", "The new checkout", "done" })
        {
            var said = host.Slack.CallsTo("chat.postMessage").Count(c => c.Arg("channel") == dm);
            await host.EventAsync(Message(Andy, dm, $"Ev{++turn:D4}", answer), Ct);
            replies.Add(await NextSaidAsync(host, dm, said));
        }

        Assert.Contains(Comment, replies[0], StringComparison.Ordinal);
        Assert.Contains("about 27", replies[3], StringComparison.Ordinal);
        var resubmitted = await ProposalAsync(host);
        Assert.Equal(PlanStatus.Proposed, resubmitted!.Status);
        Assert.Equal((20_000_000m, 27_000_000m), (resubmitted.KeyResults.Single(k => k.Title == "US revenue").Start, resubmitted.KeyResults.Single(k => k.Title == "US revenue").Target));

        // 4. Mei approves from a fresh `/review plan`; her answer is in Chinese and 2027-Q1's OKRs hold Andy's key results.
        var again = await (await host.CommandAsync(Mei, "plan", Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        var approve = ButtonsIn(again!["blocks"]).Single(b => b["action_id"]!.GetValue<string>().StartsWith(ActionIds.ApprovePlan, StringComparison.Ordinal));
        await host.InteractAsync(Press(host, Mei, "C0SALES", null, approve, "trigger-approve"), Ct);
        await host.WaitForIdleAsync(Ct);
        Assert.Equal(PlanStatus.Approved, (await ProposalAsync(host))!.Status);
        var (workspaceId, teamId) = await TeamAsync(host);
        var objectives = await host.Services.GetRequiredService<IReviewStore>().ObjectivesAsync(workspaceId, teamId, Q1, Ct);
        var usRevenue = objectives.SelectMany(o => o.KeyResults).Single(k => k.Title == "US revenue");
        Assert.Equal((20_000_000m, 27_000_000m, "Three renewals, one distributor lost"), (usRevenue.Start, usRevenue.Target, usRevenue.Basis));
        var approved = host.Slack.Calls.Last(c => c.Method == "response_url" && c.Arg("id") == "trigger-approve");
        LanguageAssert.Chinese(Said(approved), Typed);

        // 5. The first check-in day of 2027-Q1: Andy's prompt asks for the key results approved.
        host.Time.SetUtcNow(FirstCheckIn);
        await PassAsync(host, DeliveryKind.WeeklyPrompt);
        var checkIn = Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == dm && Buttons(c).Any(b => b["action_id"]!.GetValue<string>().StartsWith(ActionIds.OpenCheckIn, StringComparison.Ordinal)));
        Assert.Contains("US revenue", Said(checkIn), StringComparison.Ordinal);
        Assert.Contains("US$27M", Said(checkIn), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_in_euros_is_approved_in_slack_once_the_manager_gives_the_planned_quarters_rate_in_a_modal()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        host.Time.SetUtcNow(RetrospectiveDay);

        // Ben proposes from `/review plan`: Europe revenue in euros, for which 2027-Q1 has no rate yet.
        var form = await OpenByCommandAsync(host, Ben, "plan", "trigger-ben-plan");
        AssertWithinSlacksLimits(form);
        var values = Initial(form);
        values[CarriedRow(form, "Europe revenue") + ".target"] = Text("20M");
        values[CarriedRow(form, "Europe revenue") + ".basis"] = Text("The storefront launch doubles the distributor's order");
        values[CarriedRow(form, "New distributor accounts signed") + ".target"] = Text("8");
        values[CarriedRow(form, "New distributor accounts signed") + ".basis"] = Text("Two more from the Canton Fair");
        values[CarriedRow(form, "German and French storefronts localised") + ".basis"] = Text("The French checkout is still English");
        Assert.Equal("", await (await host.InteractAsync(Submit(Ben, form, values), Ct)).Content.ReadAsStringAsync(Ct));
        await host.WaitForIdleAsync(Ct);
        // The modal came from a command typed in a channel: the confirmation answers Ben alone, through its response_url.
        Assert.Contains("Europe revenue", Said(host.Slack.Calls.Last(c => c.Method == "response_url" && c.Arg("id") == $"cmd-{Ben}")), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slack.CallsTo("chat.postMessage"), c => c.Arg("channel") == "C0SALES");

        // Mei approves by typing it: the rates form opens first, and nothing is approved until the rate is in.
        Assert.Equal(HttpStatusCode.OK, (await host.CommandAsync(Mei, "plan approve @Ben", Ct, triggerId: "trigger-rates")).StatusCode);
        var rates = View(host, "trigger-rates");
        AssertWithinSlacksLimits(rates);
        var rate = Assert.Single(InputBlocks(rates)).Key;
        Assert.Equal("rate.EUR", rate);
        var unread = await (await host.InteractAsync(Submit(Mei, rates, new() { [rate] = Text("about one") }), Ct)).Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("errors", unread!["response_action"]!.GetValue<string>());
        LanguageAssert.Chinese(unread["errors"]![rate]!.GetValue<string>(), "about one", "USD", "EUR");
        Assert.Equal(PlanStatus.Proposed, (await ProposalAsync(host, Ben))!.Status);

        Assert.Equal("", await (await host.InteractAsync(Submit(Mei, rates, new() { [rate] = Text("1.17") }), Ct)).Content.ReadAsStringAsync(Ct));
        await host.WaitForIdleAsync(Ct);
        Assert.Equal(PlanStatus.Approved, (await ProposalAsync(host, Ben))!.Status);
        var (workspaceId, teamId) = await TeamAsync(host);
        var store = host.Services.GetRequiredService<IReviewStore>();
        var europe = (await store.ObjectivesAsync(workspaceId, teamId, Q1, Ct)).SelectMany(o => o.KeyResults).Single(k => k.Title == "Europe revenue");
        Assert.Equal((20_000_000m, "The storefront launch doubles the distributor's order"), (europe.Target, europe.Basis));
        var team = await store.FindTeamAsync(workspaceId, teamId, Ct);
        Assert.Contains(team!.ExchangeRates.Rates, r => r.Quarter == Q1 && r.Currency == "EUR" && r.RateToReporting == 1.17m);

        // Ben is told in his DM, in English.
        var told = host.Slack.CallsTo("chat.postMessage").Last(c => c.Arg("channel") == host.Slack.DirectMessageWith(Ben));
        Assert.Contains("Europe revenue", Said(told), StringComparison.Ordinal);
        LanguageAssert.English(Said(told));
    }

    [Fact]
    public async Task Review_lessons_through_the_slash_command_answers_inline_with_an_earlier_quarters_lesson()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var (workspaceId, teamId) = await TeamAsync(host);
        var ben = (await host.Services.GetRequiredService<IReviewStore>().MembersAsync(workspaceId, teamId, Ct)).Single(m => m.Name == "Ben Weber");
        var q3 = new Quarter(2026, 3);
        const string Lesson = "The distributors in Germany sign only after a visit; book the trips in the first week.";
        var recorded = new ReviewAnswer("answer-q3-change", workspaceId, ReviewTemplates.Retrospective.Id, "change", ben.Id, q3, 13, null, Lesson, new DateTimeOffset(2026, 9, 25, 9, 0, 0, TimeSpan.Zero));
        Assert.True(await host.Services.GetRequiredService<IReviewStore>().RecordAsync(new Submission(workspaceId, "seed-q3", [], [recorded]), Ct));

        var answer = await host.CommandAsync(Cindy, "lessons distributors Europe", Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var body = await answer.Content.ReadFromJsonAsync<JsonObject>(Ct);
        Assert.Equal("ephemeral", body!["response_type"]!.GetValue<string>());
        var text = Texts(body["blocks"]);
        Assert.Contains(Lesson, text, StringComparison.Ordinal);
        Assert.Contains("2026-Q3", text, StringComparison.Ordinal);
        Assert.Contains("Ben Weber", text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method == "response_url");
    }

    /// <summary>What people wrote themselves (names, titles, bases), which Mei reads as written in her Chinese replies.</summary>
    private static readonly string[] Typed =
    [
        "Export Sales", "Andy Miller", "Ben Weber", "Cindy Sharma", "Mei Lin", "Grow export revenue to a US$60M quarter", "US revenue",
        "Turn more visitors into happy repeat buyers", "Storefront conversion rate", "Three renewals in January", "Three renewals, one distributor lost", "The new checkout",
    ];

    /// <summary>The send-back form's one field (Core's PlanReviewForms.CommentField).</summary>
    private const string CommentField = "comment";

    private const string Cause = "Two large orders slipped into January.";
    private const string Comment = "30M ignores the distributor we lost in December.";

    /// <summary>Andy's retrospective: each amount as its final value, each cause, and what worked and what to change.</summary>
    private static Dictionary<string, JsonObject> RetrospectiveAnswers(JsonObject view)
    {
        var values = new Dictionary<string, JsonObject>();
        foreach (var (id, block) in InputBlocks(view))
        {
            var label = block["label"]!["text"]!.GetValue<string>();
            var element = block["element"]!;
            if (element["type"]!.GetValue<string>() == "static_select")
            {
                values[id] = Chosen(element["options"]![0]!["value"]!.GetValue<string>());
            }
            else if (id.EndsWith(".value", StringComparison.Ordinal))
            {
                values[id] = Text(label.Contains("US revenue", StringComparison.Ordinal) ? "20M" : "2.6");
            }
            else if (id.EndsWith(".cause", StringComparison.Ordinal))
            {
                values[id] = Text(Cause);
            }
            else
            {
                values[id] = Text(id == "worked" ? "Marketplace ads paid off." : "Start renewals earlier.");
            }
        }

        return values;
    }

    /// <summary>The planning form as Andy sends it: the values it opened with, US revenue's target and basis typed, conversion's too.</summary>
    private static Dictionary<string, JsonObject> Proposal(JsonObject form, string revenue, string target, string basis)
    {
        var values = Initial(form);
        values[revenue + ".target"] = Text(target);
        values[revenue + ".basis"] = Text(basis);
        var conversion = CarriedRow(form, "Storefront conversion rate");
        values[conversion + ".target"] = Text("3.2%");
        values[conversion + ".basis"] = Text("The new checkout");
        return values;
    }

    /// <summary>What Slack sends back for a view nobody touched: each input's initial value or option.</summary>
    private static Dictionary<string, JsonObject> Initial(JsonObject view) => InputBlocks(view).ToDictionary(
        b => b.Key,
        b => b.Value["element"]!["type"]!.GetValue<string>() == "static_select"
            ? new JsonObject { ["type"] = "static_select", ["selected_option"] = b.Value["element"]!["initial_option"]?.DeepClone() }
            : new JsonObject { ["type"] = "plain_text_input", ["value"] = b.Value["element"]!["initial_value"]?.GetValue<string>() });

    /// <summary>The block id prefix ("plan.kr.{id}") of the carried row whose keep choice names <paramref name="title"/>.</summary>
    private static string CarriedRow(JsonObject form, string title)
    {
        var keep = InputBlocks(form).Single(b => b.Key.EndsWith(".keep", StringComparison.Ordinal) && b.Value["label"]!["text"]!.GetValue<string>().Contains(title, StringComparison.Ordinal));
        return keep.Key[..^".keep".Length];
    }

    /// <summary>Block Kit's limits for a modal (protocols.md §3): past any of them Slack refuses the view whole.</summary>
    private static void AssertWithinSlacksLimits(JsonObject view)
    {
        var blocks = view["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();
        Assert.InRange(blocks.Count, 1, 100);
        var ids = blocks.Select(b => b["block_id"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.InRange(id.Length, 1, 255));
        Assert.InRange(view["title"]!["text"]!.GetValue<string>().Length, 1, 24);
        foreach (var block in blocks)
        {
            if (block["text"]?["text"]?.GetValue<string>() is { } text)
            {
                Assert.InRange(text.Length, 1, block["type"]!.GetValue<string>() == "header" ? 150 : 3000);
            }

            if (block["type"]!.GetValue<string>() != "input")
            {
                continue;
            }

            Assert.InRange(block["label"]!["text"]!.GetValue<string>().Length, 1, 2000);
            Assert.InRange(Hint(block).Length, 0, 2000);
            var element = block["element"]!.AsObject();
            Assert.Contains(element["type"]!.GetValue<string>(), InputElements);
            if (element["type"]!.GetValue<string>() == "static_select")
            {
                var options = element["options"]!.AsArray().Select(o => o!.ToJsonString()).ToList();
                Assert.InRange(options.Count, 1, 100);
                Assert.Equal(options.Count, element["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()).Distinct(StringComparer.Ordinal).Count());
                if (element["initial_option"] is { } initial)
                {
                    Assert.Contains(initial.ToJsonString(), options);
                }
            }
        }
    }

    private static readonly HashSet<string> InputElements = ["plain_text_input", "static_select"];

    private static string Hint(JsonObject block) => block["hint"]?["text"]?.GetValue<string>() ?? "";

    private static async Task<JsonObject> OpenByCommandAsync(SlackHost host, string userId, string text, string trigger)
    {
        Assert.Equal(HttpStatusCode.OK, (await host.CommandAsync(userId, text, Ct, triggerId: trigger)).StatusCode);
        return View(host, trigger);
    }

    private static JsonObject View(SlackHost host, string trigger) =>
        host.Slack.CallsTo("views.open").Single(c => c.Arg("trigger_id") == trigger).JsonArg("view")!.AsObject();

    private static async Task<PlanProposal?> ProposalAsync(SlackHost host, string slackUserId = Andy)
    {
        var (workspaceId, teamId) = await TeamAsync(host);
        var member = (await host.Services.GetRequiredService<IReviewStore>().MembersAsync(workspaceId, teamId, Ct)).Single(m => m.SlackUserId == slackUserId);
        return await host.Services.GetRequiredService<ITeamPlans>().ProposalAsync(workspaceId, teamId, member.Id, Q1, Ct);
    }

    private static async Task PassAsync(SlackHost host, DeliveryKind kind)
    {
        var pass = ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, new ImmediateDeliveryDispatcher(host.Services.GetRequiredService<DeliverySender>()));
        var running = pass.RunAsync(new DeliveryScope { Kinds = new HashSet<DeliveryKind> { kind } }, Ct);
        // The clock also times the HTTP retries: move it until the pass is done.
        await Poll.AdvancingAsync(host.Time, TimeSpan.FromMilliseconds(200), () => running.IsCompleted, TimeSpan.FromSeconds(30), Ct);
        await running.WaitAsync(TimeSpan.FromSeconds(30), Ct);
    }

    private static async Task<(string WorkspaceId, string TeamId)> TeamAsync(SlackHost host)
    {
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var team = (await host.Services.GetRequiredService<IReviewStore>().ListTeamsAsync(workspace!.Id, Ct)).Single();
        return (workspace.Id, team.Id);
    }

    private static List<SlackCall> PlanningPrompts(SlackHost host) =>
        [.. host.Slack.CallsTo("chat.postMessage").Where(c => c.StatusCode == 200 && Buttons(c).Any(b => b["action_id"]!.GetValue<string>().StartsWith(ActionIds.PlanByText, StringComparison.Ordinal)))];

    private static List<JsonObject> Buttons(SlackCall call) => ButtonsIn(call.JsonArg("blocks"));

    private static List<JsonObject> ButtonsIn(JsonNode? blocks) =>
        [.. (blocks as JsonArray ?? []).Where(b => b!["type"]!.GetValue<string>() == "actions").SelectMany(b => b!["elements"]!.AsArray().Select(e => e!.AsObject()))];

    private static string Said(SlackCall call) => call.Arg("text") + "\n" + Texts(call.JsonArg("blocks"));

    /// <summary>Every text field of Block Kit blocks: section and context text, fields, buttons, headers.</summary>
    private static string Texts(JsonNode? blocks) => string.Join("\n", (blocks as JsonArray ?? []).SelectMany(b => new[] { b!["text"]?["text"]?.GetValue<string>() }
        .Concat((b["fields"] as JsonArray ?? []).Select(f => f!["text"]!.GetValue<string>()))
        .Concat((b["elements"] as JsonArray ?? []).Select(e => e!["text"] is JsonValue v ? v.GetValue<string>() : e["text"]?["text"]?.GetValue<string>())))
        .OfType<string>());

    /// <summary>Waits for what the bot says next in the DM, after the <paramref name="after"/> posts before.</summary>
    private static async Task<string> NextSaidAsync(SlackHost host, string channel, int after)
    {
        List<SlackCall> Posts() => [.. host.Slack.CallsTo("chat.postMessage").Where(c => c.Arg("channel") == channel)];
        Assert.True(await Poll.UntilAsync(() => Posts().Count > after, TimeSpan.FromSeconds(30), Ct));
        await host.WaitForIdleAsync(Ct);
        return string.Join("\n", Posts().Skip(after).Select(Said));
    }

    private static JsonObject Interaction(string type, string userId) => new()
    {
        ["type"] = type,
        ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId },
        ["user"] = new JsonObject { ["id"] = userId },
    };

    private static JsonObject Press(SlackHost host, string userId, string channel, string? messageTs, JsonObject button, string triggerId)
    {
        var press = Interaction("block_actions", userId);
        press["trigger_id"] = triggerId;
        press["channel"] = new JsonObject { ["id"] = channel };
        if (messageTs is not null)
        {
            press["message"] = new JsonObject { ["ts"] = messageTs };
        }

        press["response_url"] = host.Slack.ResponseUrl(triggerId).ToString();
        press["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = button["action_id"]!.GetValue<string>(), ["value"] = button["value"]?.GetValue<string>() });
        return press;
    }

    private static JsonObject Submit(string userId, JsonObject view, Dictionary<string, JsonObject> values)
    {
        var state = new JsonObject();
        foreach (var (blockId, element) in values)
        {
            state[blockId] = new JsonObject { [ReviewBot.Slack.Blocks.BlockKitRenderer.InputActionId] = element };
        }

        var payload = Interaction("view_submission", userId);
        payload["view"] = new JsonObject
        {
            ["id"] = "V0PLAN",
            ["hash"] = "h1",
            ["callback_id"] = view["callback_id"]!.GetValue<string>(),
            ["private_metadata"] = view["private_metadata"]?.GetValue<string>(),
            ["state"] = new JsonObject { ["values"] = state },
        };
        return payload;
    }

    private static Dictionary<string, JsonObject> InputBlocks(JsonObject view) =>
        view["blocks"]!.AsArray().Select(b => b!.AsObject()).Where(b => b["type"]!.GetValue<string>() == "input").ToDictionary(b => b["block_id"]!.GetValue<string>());

    private static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    private static JsonObject Chosen(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };

    private static JsonObject Message(string user, string channel, string id, string text) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = FakeSlackServer.TeamId,
        ["event_id"] = id,
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = channel, ["user"] = user, ["text"] = text, ["ts"] = $"1798480800.{id[2..]}00" },
    };
}
