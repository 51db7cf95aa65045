using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Scheduling;
using ReviewBot.Teams.Handlers;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Teams;

/// <summary>
/// Planning 2027-Q1 through the real Teams adapter and the fake Bot Framework. In 2026-Q4's last week Andy (New York)
/// answers his retrospective on the prompt's card; the scheduler then brings him one planning prompt; he proposes on the
/// planning card (a target equal to its start comes back beside that field first), adding Mexico revenue in pesos. Mei,
/// the manager (zh-CN), reads the team's plans in her chat, sends Andy's back through the send-back card, Andy changes
/// it on the card again, and Mei approves it by typing <c>review plan approve @Andy Miller</c> in the team's channel,
/// giving the peso's rate on the card the approval asks for first. In January the check-in prompt asks for the key
/// results approved, and Lena, new on the team, finds what Andy learnt two quarters ago.
/// </summary>
public class TeamsPlanningTests
{
    private const string Channel = "19:export-sales@thread.tacv2";
    private const string ChannelThread = Channel + ";messageid=1";
    private const string MeiAad = "aad-mei-0001";
    private const string LenaAad = "8d3a4c52-5f0e-4d8e-9a61-0a1c2b3d4e05";

    private static readonly Quarter Q3 = new(2026, 3);
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly Quarter Q1 = new(2027, 1);

    /// <summary>
    /// Monday 28 December, 16:05 in New York: the quarter's last week has no Friday, so Andy's retrospective prompt is
    /// owed on its first day at the team's check-in time, 16:00 his time.
    /// </summary>
    private static readonly DateTimeOffset RetrospectiveDay = new(2026, 12, 28, 21, 5, 0, TimeSpan.Zero);

    /// <summary>Friday 1 January 2027, 16:05 in New York: 2027-Q1's first check-in (no holiday in Andy's market).</summary>
    private static readonly DateTimeOffset FirstCheckIn = new(2027, 1, 1, 21, 5, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_quarter_is_planned_proposed_corrected_sent_back_approved_and_prompted_in_teams()
    {
        await using var host = await StartAsync();
        var (_, andy, ben) = await PeopleAsync(host);
        var q4 = await host.Services.GetRequiredService<IReviewStore>().ObjectivesAsync(andy.WorkspaceId, andy.TeamId, Q4, Ct);
        var usRevenue = q4.SelectMany(o => o.KeyResults).Single(k => k.Key == "us-revenue");
        var conversion = q4.SelectMany(o => o.KeyResults).Single(k => k.Key == "store-conversion");

        // 1. The retrospective prompt is its form; Andy answers it on the card, and one planning prompt follows.
        host.Time.SetUtcNow(RetrospectiveDay);
        await PassAsync(host, DeliveryKind.RetrospectivePrompt);
        var retrospective = Card(Assert.Single(Sent(host, "a:29:andy")));
        var answered = await CardOfAsync(host, Submit(host, "29:andy", TeamsHost.AndyAad, new JsonObject
        {
            ["formId"] = FormId(retrospective),
            [FormIds.Value(usRevenue.Id, "final")] = "20M",
            [FormIds.KeyResultText(usRevenue.Id, "cause")] = "One of the two renewals slipped into January.",
            [FormIds.Value(conversion.Id, "final")] = "2.6",
            [FormIds.KeyResultText(conversion.Id, "cause")] = "The localised checkout went live in week 9 only.",
            ["worked"] = "Early renewal calls with the two large accounts.",
            ["change"] = "Start the checkout work in the first week.",
        }));
        Assert.True(!answered.ToJsonString().Contains("Attention", StringComparison.Ordinal), Texts(answered));

        host.Time.SetUtcNow(RetrospectiveDay.AddMinutes(30));
        var prompts = await PassAsync(host, DeliveryKind.PlanningPrompt);
        var again = await PassAsync(host, DeliveryKind.PlanningPrompt);
        Assert.Equal([DeliveryKeys.PlanningPrompt(andy.Id, Q1)], prompts.Select(p => p.DeliveryKey));
        Assert.Equal(AttemptResult.Sent, prompts[0].Outcome.Result);
        Assert.Empty(again);
        var prompt = Card(Sent(host, "a:29:andy")[^1]);
        Assert.Contains("Plan 2027-Q1, Andy: your key results for next quarter", Texts(prompt), StringComparison.Ordinal);
        Assert.Equal(Q1.Id, Execute(prompt, ActionIds.OpenPlan)["data"]!["value"]!.GetValue<string>());
        Assert.Equal(Q1.Id, Execute(prompt, ActionIds.PlanByText)["data"]!["value"]!.GetValue<string>());

        // 2. The button opens the planning card in place: US revenue carried over, starting where it ended, its result and cause beside.
        var form = await CardOfAsync(host, Press(host, "29:andy", TeamsHost.AndyAad, ActionIds.OpenPlan, Q1.Id));
        CardAssert.IsValid(form);
        Assert.Contains("US revenue (from 2026-Q4)", Labels(form), StringComparer.Ordinal);
        Assert.Contains("Its latest value in 2026-Q4: US$20M.", Texts(form), StringComparison.Ordinal);
        Assert.Contains("Why, in your words: One of the two renewals slipped into January.", Texts(form), StringComparison.Ordinal);
        var start = Input(form, Carried(usRevenue, "start"))["value"]!.GetValue<string>();
        var keep = Input(form, Carried(usRevenue, "keep"));
        Assert.Equal("keep", keep["value"]!.GetValue<string>());

        // A target equal to its start is refused beside the target, with everything typed kept; nothing is saved.
        var proposal = Proposal(form, usRevenue, usRevenueTarget: start, conversion);
        var refused = await CardOfAsync(host, Submit(host, "29:andy", TeamsHost.AndyAad, proposal));
        CardAssert.IsValid(refused);
        Assert.Equal(
            "The target equals the start (US$20M); a key result has to move up or down. Give a target above or below it.",
            ErrorUnder(refused, Carried(usRevenue, "target")));
        Assert.Equal(start, Input(refused, Carried(usRevenue, "target"))["value"]!.GetValue<string>());
        Assert.Equal("Mexico revenue", Input(refused, "plan.new.0.title")["value"]!.GetValue<string>());
        Assert.Null(await ProposalAsync(host, andy));

        // Corrected: saved as proposed, and Mei gets one notice in her chat.
        proposal[Carried(usRevenue, "target")] = "27M";
        var corrected = Submit(host, "29:andy", TeamsHost.AndyAad, proposal);
        var proposed = await CardOfAsync(host, corrected);
        Assert.True(Texts(proposed).Contains("Proposed 3 key results for 2027-Q1.", StringComparison.Ordinal), Errors(proposed));
        var saved = await ProposalAsync(host, andy);
        Assert.Equal(PlanStatus.Proposed, saved!.Status);
        var notice = Assert.Single(Proactive(host, "a:29:mei"));
        Assert.Contains("Andy Miller", notice.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        // Teams redelivers the same invoke: nothing is saved again and Mei is not told twice.
        await host.SendAsync(corrected, Ct);
        var afterRetry = await ProposalAsync(host, andy);
        Assert.Equal(saved.UpdatedAt, afterRetry!.UpdatedAt);
        Assert.Equal(saved.KeyResults, afterRetry.KeyResults);
        Assert.Single(Proactive(host, "a:29:mei"));

        // 3. Mei's view of the plans: Andy's and Ben's proposals, each with its three buttons, and the team's total.
        // Ben's, saved as his form would: Mei's view then holds two people's buttons, more than a Teams action set shows.
        await ProposeAsync(host, ben, "Europe revenue", "EUR", 18_000_000m, "The storefronts are live from January.");
        var view = await SayAsync(host, "29:mei", MeiAad, "review plan");
        var viewCard = Card(Assert.Single(view));
        CardAssert.IsValid(viewCard);
        Assert.Contains("Export Sales · 2027-Q1 计划", Texts(viewCard), StringComparison.Ordinal);
        Assert.Contains("Mexico revenue", viewCard.ToJsonString(AsWritten), StringComparison.Ordinal);
        var actions = Descendants(viewCard).Where(o => o["type"]?.GetValue<string>() == "Action.Execute").ToList();
        Assert.Equal(7, actions.Count);
        // Each button names whose proposal, the quarter, and the version Mei saw.
        Assert.Contains(actions, a => a["verb"]!.GetValue<string>() == ActionIds.ApprovePlan && a["data"]!["value"]!.GetValue<string>().StartsWith($"{ben.Id}|{Q1.Id}|", StringComparison.Ordinal));
        var andysButtons = actions.Select(a => a["data"]!["value"]!.GetValue<string>()).First(v => v.StartsWith($"{andy.Id}|{Q1.Id}|", StringComparison.Ordinal));

        // She sends Andy's back on the send-back card.
        var sendBackForm = await CardOfAsync(host, Press(host, "29:mei", MeiAad, ActionIds.SendPlanBack, andysButtons, Execute(viewCard, ActionIds.SendPlanBack, andysButtons)));
        CardAssert.IsValid(sendBackForm);
        var sentBack = await CardOfAsync(host, Submit(host, "29:mei", MeiAad, new JsonObject
        {
            ["formId"] = FormId(sendBackForm),
            ["comment"] = "27M ignores the lost distributor; make it 26M.",
        }));
        Assert.Contains("已退回 Andy Miller 的 2027-Q1 提案。", Texts(sentBack), StringComparison.Ordinal);
        Assert.Equal(PlanStatus.SentBack, (await ProposalAsync(host, andy))!.Status);
        var toAndy = Card(Sent(host, "a:29:andy")[^1]);
        Assert.Contains("27M ignores the lost distributor; make it 26M.", Texts(toAndy), StringComparison.Ordinal);

        // Andy opens it from that message: the card has his proposal and Mei's words; he changes the target and sends it again.
        var reopened = await CardOfAsync(host, Press(host, "29:andy", TeamsHost.AndyAad, ActionIds.OpenPlan, Execute(toAndy, ActionIds.OpenPlan)["data"]!["value"]!.GetValue<string>()));
        CardAssert.IsValid(reopened);
        Assert.Contains("27M ignores the lost distributor; make it 26M.", Texts(reopened), StringComparison.Ordinal);
        var resubmission = Values(reopened);
        resubmission[Carried(usRevenue, "target")] = "26M";
        resubmission[Carried(usRevenue, "basis")] = "One renewal in January; the distributor is gone.";
        var updated = await CardOfAsync(host, Submit(host, "29:andy", TeamsHost.AndyAad, resubmission));
        Assert.Contains("Your plan for 2027-Q1 is updated", Texts(updated), StringComparison.Ordinal);
        Assert.Equal(PlanStatus.Proposed, (await ProposalAsync(host, andy))!.Status);
        Assert.Equal(2, Proactive(host, "a:29:mei").Count);

        // 4. Mei approves in the channel, @-mentioning Andy as Teams does. The peso has no 2027-Q1 rate yet: its card comes first.
        var ratesCard = Card(Assert.Single(await SayInChannelAsync(host, "<at>ReviewBot</at> review plan approve <at>Andy Miller</at>", ("<at>Andy Miller</at>", "29:andy", "Andy Miller"))));
        CardAssert.IsValid(ratesCard);
        Assert.Contains("2027-Q1 汇率", Texts(ratesCard), StringComparison.Ordinal);
        Assert.Empty(await Q1ObjectivesAsync(host, andy));
        var approved = await CardOfAsync(host, Submit(host, "29:mei", MeiAad, new JsonObject { ["formId"] = FormId(ratesCard), ["rate.MXN"] = "0.058" }, ChannelThread, "channel"));
        Assert.Contains("已批准 Andy Miller 的提案", Texts(approved), StringComparison.Ordinal);
        Assert.Contains("Mei Lin approved your proposal for 2027-Q1", Texts(Card(Sent(host, "a:29:andy")[^1])), StringComparison.Ordinal);

        var planned = (await Q1ObjectivesAsync(host, andy)).SelectMany(o => o.KeyResults).ToList();
        var revenue = planned.Single(k => k.Key == "us-revenue");
        Assert.Equal((20_000_000m, 26_000_000m, "One renewal in January; the distributor is gone.", andy.Id), (revenue.Start, revenue.Target, revenue.Basis, revenue.OwnerMemberId));
        var mexico = planned.Single(k => k.Title == "Mexico revenue");
        Assert.Equal((KeyResultUnit.Currency("MXN"), 40_000_000m, "The Monterrey distributor signs in January."), (mexico.Unit, mexico.Target, mexico.Basis));
        Assert.Equal(3, planned.Count(k => k.OwnerMemberId == andy.Id));
        Assert.Equal(PlanStatus.Proposed, (await ProposalAsync(host, ben))!.Status);

        // 5. January's first check-in day: the prompt card asks for the key results just approved.
        host.Time.SetUtcNow(FirstCheckIn);
        var weekly = await PassAsync(host, DeliveryKind.WeeklyPrompt);
        Assert.Contains(weekly, w => w.DeliveryKey == DeliveryKeys.Prompt(andy.Id, Q1, 1) && w.Outcome.Result == AttemptResult.Sent);
        var checkIn = Card(Sent(host, "a:29:andy")[^1]);
        CardAssert.IsValid(checkIn);
        Assert.Contains(Labels(checkIn), l => l.Contains("Mexico revenue", StringComparison.Ordinal));
        Assert.Contains("US$26M", checkIn.ToJsonString(AsWritten), StringComparison.Ordinal);
        Assert.DoesNotContain("24.7M", checkIn.ToJsonString(AsWritten), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newcomer_typing_review_lessons_finds_what_the_team_learnt_two_quarters_ago()
    {
        await using var host = await StartAsync();
        var (_, andy, _) = await PeopleAsync(host);
        // Andy's 2026-Q3 retrospective, as the store keeps it; Lena joined the team this quarter and owns nothing yet.
        await host.Services.GetRequiredService<IReviewStore>().RecordAsync(
            new Submission(andy.WorkspaceId, "seed:andy-q3", [], [new ReviewAnswer(
                "answer-q3-worked", andy.WorkspaceId, "quarter-retrospective", "worked", andy.Id, Q3, 13, null,
                "Walmart buyers signed after we sent samples to Bentonville.", new DateTimeOffset(2026, 9, 28, 14, 0, 0, TimeSpan.Zero))]),
            Ct);
        host.Time.SetUtcNow(FirstCheckIn);

        var found = await SayAsync(host, "29:lena", LenaAad, "review lessons samples US");

        var card = Card(Assert.Single(found));
        CardAssert.IsValid(card);
        var text = card.ToJsonString(AsWritten);
        Assert.Contains("2026-Q3", text, StringComparison.Ordinal);
        Assert.Contains("Walmart buyers signed after we sent samples to Bentonville.", text, StringComparison.Ordinal);
        Assert.Contains("Andy Miller", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_teams_plans_shown_in_place_of_the_target_card_follow_it_with_every_button()
    {
        // Thirty salespeople have proposed; Mei sets the team target on its card, and the view that answers is several cards long.
        var people = Enumerable.Range(1, 30).Select(i => $"Seller {i:00}").ToList();
        await using var host = await StartAsync(yaml => yaml.Replace(
            "members:\n",
            "members:\n" + string.Concat(people.Select(p => $"  - name: {p}\n    email: {p.Replace(' ', '.').ToLowerInvariant()}@example.com\n    role: member\n    market: US\n    timeZone: America/New_York\n    locale: en-US\n")),
            StringComparison.Ordinal));
        var (mei, _, _) = await PeopleAsync(host);
        var store = host.Services.GetRequiredService<IReviewStore>();
        foreach (var seller in (await store.AllMembersAsync(mei.WorkspaceId, mei.TeamId, Ct)).Where(m => m.Name.StartsWith("Seller", StringComparison.Ordinal)))
        {
            await ProposeAsync(host, seller, "US revenue", "USD", 2_000_000m, "Two distributors renewing and the spring trade fair.");
        }

        var targetForm = await CardOfAsync(host, Press(host, "29:mei", MeiAad, ActionIds.SetPlanTarget, Q1.Id));
        var before = host.Connector.Calls.Count;
        var inPlace = await CardOfAsync(host, Submit(host, "29:mei", MeiAad, new JsonObject { ["formId"] = FormId(targetForm), ["amount"] = "60M" }));
        var following = host.Connector.Calls.Skip(before).Where(c => c.Method == "POST" && c.Path.StartsWith("/v3/conversations/a:29:mei/activities/", StringComparison.Ordinal)).Select(Card).ToList();

        Assert.NotEmpty(following);
        var cards = following.Prepend(inPlace).ToList();
        Assert.All(cards, CardAssert.IsValid);
        var approvals = cards.SelectMany(Descendants).Where(o => o["verb"]?.GetValue<string>() == ActionIds.ApprovePlan).ToList();
        Assert.Equal(30, approvals.Count);
        Assert.Single(cards.SelectMany(Descendants), o => o["verb"]?.GetValue<string>() == ActionIds.SetPlanTarget);
        Assert.Equal(60_000_000m, (await store.TeamTargetAsync(mei.WorkspaceId, mei.TeamId, Q1, Ct))!.Amount);
    }

    private static async Task<TeamsHost> StartAsync(Func<string, string>? editFile = null)
    {
        // Lena joined in January: on the member list, with no key results of her own.
        var host = await TeamsHost.StartAsync(Ct, yaml => (editFile ?? (y => y))(yaml.Replace(
            "    locale: en-IN\n",
            "    locale: en-IN\n  - name: Lena Park\n    email: lena.park@example.com\n    teamsUserId: " + LenaAad
            + "\n    role: member\n    market: US\n    timeZone: America/New_York\n    locale: en-US\n",
            StringComparison.Ordinal)));
        host.Connector.AddMember("29:mei", "mei.lin@example.com", MeiAad);
        host.Connector.AddMember("29:andy", "andy.miller@example.com", TeamsHost.AndyAad);
        host.Connector.AddMember("29:ben", "ben.weber@example.com", TeamsHost.BenAad);
        host.Connector.AddMember("29:lena", "lena.park@example.com", LenaAad);
        foreach (var (user, aad) in new[] { ("29:mei", MeiAad), ("29:andy", TeamsHost.AndyAad), ("29:ben", TeamsHost.BenAad) })
        {
            var install = host.Activity("installationUpdate", user, aad);
            install["action"] = "add";
            Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(install, Ct)).StatusCode);
        }

        return host;
    }

    /// <summary>What Andy types on the planning card: US revenue's new target, conversion to 3.2%, and Mexico revenue in pesos.</summary>
    private static JsonObject Proposal(JsonObject form, KeyResult usRevenue, string usRevenueTarget, KeyResult conversion)
    {
        var values = Values(form);
        values[Carried(usRevenue, "target")] = usRevenueTarget;
        values[Carried(usRevenue, "basis")] = "Two renewals in January.";
        values[Carried(conversion, "target")] = "3.2%";
        values[Carried(conversion, "basis")] = "The localised checkout runs the whole quarter.";
        values["plan.new.0.title"] = "Mexico revenue";
        values["plan.new.0.unit"] = "MXN";
        values["plan.new.0.start"] = "0";
        values["plan.new.0.target"] = "40M";
        values["plan.new.0.basis"] = "The Monterrey distributor signs in January.";
        return values;
    }

    /// <summary>Every input's value as the card shows it, and its form id: what Teams sends when nothing is changed.</summary>
    private static JsonObject Values(JsonObject card)
    {
        var values = new JsonObject { ["formId"] = FormId(card) };
        foreach (var input in Descendants(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            // Teams leaves an empty text input out of the data.
            if (input["value"]?.GetValue<string>() is { Length: > 0 } value)
            {
                values[input["id"]!.GetValue<string>()] = value;
            }
        }

        return values;
    }

    private static string Carried(KeyResult keyResult, string part) => $"plan.kr.{keyResult.Id}.{part}";

    /// <summary>A proposal of one key result, saved as the member's form would.</summary>
    private static async Task ProposeAsync(TeamsHost host, Member member, string title, string currency, decimal target, string basis)
    {
        var now = host.Time.GetUtcNow();
        Assert.True(await host.Services.GetRequiredService<ITeamPlans>().SaveProposalAsync(
            new PlanProposal
            {
                WorkspaceId = member.WorkspaceId,
                TeamId = member.TeamId,
                MemberId = member.Id,
                Quarter = Q1,
                Status = PlanStatus.Proposed,
                KeyResults =
                [
                    new ProposedKeyResult
                    {
                        Key = "revenue",
                        ObjectiveKey = "export-revenue",
                        ObjectiveTitle = "Grow export revenue to a US$60M quarter",
                        Title = title,
                        Unit = KeyResultUnit.Currency(currency),
                        Start = 0m,
                        Target = target,
                        Basis = basis,
                    },
                ],
                ProposedAt = now,
                UpdatedAt = now,
            },
            expectedUpdatedAt: null,
            Ct));
    }

    private static async Task<(Member Mei, Member Andy, Member Ben)> PeopleAsync(TeamsHost host)
    {
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<TeamsWorkspaces>().FindAsync(host.BotFramework.TenantId, Ct);
        return (
            (await store.MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Teams, MeiAad, Ct)).Single(),
            (await store.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Teams, TeamsHost.AndyAad, Ct)).Single(),
            (await store.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Teams, TeamsHost.BenAad, Ct)).Single());
    }

    private static Task<PlanProposal?> ProposalAsync(TeamsHost host, Member member) =>
        host.Services.GetRequiredService<ITeamPlans>().ProposalAsync(member.WorkspaceId, member.TeamId, member.Id, Q1, Ct);

    private static Task<IReadOnlyList<Objective>> Q1ObjectivesAsync(TeamsHost host, Member member) =>
        host.Services.GetRequiredService<IReviewStore>().ObjectivesAsync(member.WorkspaceId, member.TeamId, Q1, Ct);

    /// <summary>One scheduler pass over one kind of delivery, sent at once through the real messenger.</summary>
    private static async Task<IReadOnlyList<(string DeliveryKey, DeliveryOutcome Outcome)>> PassAsync(TeamsHost host, DeliveryKind kind)
    {
        var dispatcher = new ImmediateDeliveryDispatcher(host.Services.GetRequiredService<DeliverySender>());
        var pass = ActivatorUtilities.CreateInstance<DeliveryPass>(host.Services, dispatcher);
        await pass.RunAsync(new DeliveryScope { Kinds = new HashSet<DeliveryKind> { kind } }, Ct);
        return dispatcher.Outcomes;
    }

    private static JsonObject Submit(TeamsHost host, string user, string aad, JsonObject data, string? conversationId = null, string conversationType = "personal") =>
        Invoke(host, user, aad, "form.submit", data, conversationId, conversationType);

    /// <summary>A button pressed; when the card's own action is given, its data is what Teams sends.</summary>
    private static JsonObject Press(TeamsHost host, string user, string aad, string actionId, string value, JsonObject? action = null) =>
        Invoke(host, user, aad, actionId, action?["data"]!.AsObject() ?? new JsonObject { ["action"] = actionId, ["value"] = value });

    private static JsonObject Invoke(TeamsHost host, string user, string aad, string verb, JsonObject data, string? conversationId = null, string conversationType = "personal")
    {
        var activity = host.Activity("invoke", user, aad, conversationId: conversationId, conversationType: conversationType);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
        return activity;
    }

    /// <summary>The card an Action.Execute invoke is answered with, which Teams shows in place of the one pressed.</summary>
    private static async Task<JsonObject> CardOfAsync(TeamsHost host, JsonObject activity)
    {
        var response = await host.SendAsync(activity, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.True(body["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive", $"The invoke was answered with {body.ToJsonString(AsWritten)}");
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        return body["value"]!.AsObject();
    }

    /// <summary>A message in the user's 1:1 chat; every activity the bot answered it with.</summary>
    private static async Task<List<ConnectorCall>> SayAsync(TeamsHost host, string user, string aad, string text)
    {
        var before = host.Connector.Calls.Count;
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(host.Activity("message", user, aad, text), Ct)).StatusCode);
        return [.. host.Connector.Calls.Skip(before).Where(c => c.Method == "POST" && c.Body?["attachments"] is not null)];
    }

    /// <summary>Mei's message in the team's channel, with the entities Teams sends: the bot's mention and each person's, by 29: id.</summary>
    private static async Task<List<ConnectorCall>> SayInChannelAsync(TeamsHost host, string text, params (string Text, string Id, string Name)[] people)
    {
        var before = host.Connector.Calls.Count;
        var message = host.Activity("message", "29:mei", MeiAad, text, ChannelThread, "channel");
        message["entities"] = new JsonArray([Mention("<at>ReviewBot</at>", TeamsHost.BotId, "ReviewBot"), .. people.Select(p => (JsonNode)Mention(p.Text, p.Id, p.Name))]);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(message, Ct)).StatusCode);
        return [.. host.Connector.Calls.Skip(before).Where(c => c.Method == "POST" && c.Body?["attachments"] is not null)];
    }

    private static JsonObject Mention(string text, string id, string name) =>
        new() { ["type"] = "mention", ["text"] = text, ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name } };

    private static List<ConnectorCall> Sent(TeamsHost host, string conversationId) =>
        [.. host.Connector.Calls.Where(c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{conversationId}/activities", StringComparison.Ordinal))];

    /// <summary>What the bot sent into a chat by itself (a notice, a prompt), not as a reply to a message there.</summary>
    private static List<ConnectorCall> Proactive(TeamsHost host, string conversationId) =>
        [.. host.Connector.Calls.Where(c => c.Method == "POST" && c.Path == $"/v3/conversations/{conversationId}/activities")];

    private static JsonObject Card(ConnectorCall call) => call.Body!["attachments"]![0]!["content"]!.AsObject();

    internal static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).SelectMany(Descendants).Prepend(o),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static string FormId(JsonNode card) =>
        Descendants(card).Single(o => o["verb"]?.GetValue<string>() == "form.submit")["data"]!["formId"]!.GetValue<string>();

    private static JsonObject Execute(JsonNode card, string verb, string? value = null) =>
        Descendants(card).Single(o => o["type"]?.GetValue<string>() == "Action.Execute" && o["verb"]?.GetValue<string>() == verb
            && (value is null || o["data"]?["value"]?.GetValue<string>() == value));

    private static JsonObject Input(JsonNode card, string id) => Descendants(card).Single(o => o["id"]?.GetValue<string>() == id);

    private static List<string> Labels(JsonNode card) =>
        [.. Descendants(card).Where(o => o["label"] is not null).Select(o => o["label"]!.GetValue<string>())];

    /// <summary>The attention-coloured text right under an input: where the renderer puts a field's error.</summary>
    private static string? ErrorUnder(JsonObject card, string id)
    {
        var body = card["body"]!.AsArray();
        var at = body.Select((e, i) => (e, i)).Single(p => p.e!["id"]?.GetValue<string>() == id).i;
        return at + 1 < body.Count && body[at + 1]!["color"]?.GetValue<string>() == "Attention" ? body[at + 1]!["text"]!.GetValue<string>() : null;
    }

    /// <summary>Every error on a card, with the input above it: what a failed assertion needs to say.</summary>
    private static string Errors(JsonObject card) =>
        string.Join('\n', card["body"]!.AsArray().Select((e, i) => (e, i)).Where(p => p.e!["color"]?.GetValue<string>() == "Attention")
            .Select(p => $"{(p.i > 0 ? card["body"]![p.i - 1]!["id"]?.GetValue<string>() : null) ?? "form"}: {p.e!["text"]}"));

    private static string Texts(JsonNode card) =>
        string.Join('\n', Descendants(card).Where(o => o["type"]?.GetValue<string>() == "TextBlock").Select(o => o["text"]!.GetValue<string>()));

    /// <summary>JSON as written, so a test reads the reply's words wherever the card puts them (text blocks, facts, choices).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions AsWritten = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
