using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Tests.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Planning;

/// <summary>
/// A manager's <c>review plan</c> through the engine: the team's proposals for 2027-Q1 (it is week 8 of 2026-Q4)
/// against this quarter's results and the team target, sent back, edited and approved into 2027-Q1's OKRs.
/// </summary>
public class PlanReviewTests
{
    private static readonly Quarter Q1 = new(2027, 1);
    private static readonly DateTimeOffset ProposedAt = new(2026, 11, 19, 9, 0, 0, TimeSpan.Zero);

    private readonly TestTeam _team;

    public PlanReviewTests() : this(new TestTeam())
    {
    }

    private PlanReviewTests(TestTeam team)
    {
        _team = team;
    }

    [Fact]
    public async Task The_team_view_shows_each_proposal_beside_this_quarters_result_and_the_team_total_against_the_target_in_the_reporting_currency()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 7, 22_000_000m);
        ProposeForAndy();
        ProposeForBen();
        _team.Store.PlanTargets.Add(new TeamPlanTarget(TestTeam.WorkspaceId, _team.Team.Id, Q1, "USD", 60_000_000m, "mia", ProposedAt));

        var view = (await _team.SayAsync(_team.Mia, "review plan")).Message();

        Assert.Equal("Export Sales · plans for 2027-Q1", view.Headline);
        var andy = view.Sections.Single(s => s.Title?.StartsWith("Andy Miller", StringComparison.Ordinal) == true);
        Assert.Equal("Andy Miller · US · proposed on Nov 19", andy.Title);
        Assert.Equal(
            "US$22M → US$30M · basis: Two distributors renew in January · 2026-Q4: US$22M of US$24.7M (89.1%)",
            andy.Facts.Single(f => f.Label == "Grow export revenue › US revenue").Value);
        Assert.Contains("Money targets proposed: US$30M", andy.Text, StringComparison.Ordinal);
        // Mia manages and owned no key results: she plans the team, and nobody waits for a plan of hers.
        Assert.DoesNotContain(view.Sections, s => s.Title?.StartsWith("Not proposed yet", StringComparison.Ordinal) == true);
        var team = view.Sections[^1];
        // Ben's €20M has no 2027-Q1 rate yet: it counts at 2026-Q4's 1.16, and says so.
        Assert.Equal("proposed US$53.2M * of US$60M (-US$6.8M, 88.7%)", team.Facts.Single(f => f.Label == "Team target 2027-Q1").Value);
        Assert.Equal("US$22M; the proposals are US$53.2M *, 241.8% of it", team.Facts.Single(f => f.Label == "Actual 2026-Q4").Value);
        Assert.Contains(view.Context, c => c.Contains("EUR has no exchange rate for 2027-Q1 yet", StringComparison.Ordinal) && c.Contains("1.16", StringComparison.Ordinal));
        Assert.Contains(view.Buttons, b => b.ActionId == ActionIds.ApprovePlan && b.Value!.StartsWith("andy|2027-Q1|", StringComparison.Ordinal) && b.Style == ButtonStyle.Primary);
        Assert.Contains(view.Buttons, b => b.ActionId == ActionIds.SendPlanBack && b.Value!.StartsWith("ben|2027-Q1|", StringComparison.Ordinal));
        Assert.Contains(view.Buttons, b => b.ActionId == ActionIds.SetPlanTarget && b.Value!.EndsWith("|2027-Q1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_team_target_the_view_says_how_to_set_one()
    {
        ProposeForAndy();

        var team = (await _team.SayAsync(_team.Mia, "review plan 2027-Q1")).Message().Sections[^1];

        Assert.Equal("no team target yet: review plan target 5M", team.Facts.Single(f => f.Label == "Team target 2027-Q1").Value);
    }

    [Fact]
    public async Task A_member_who_forges_a_managers_button_or_form_is_refused_and_nothing_changes()
    {
        var proposal = ProposeForBen();

        var pressed = (await _team.PressAsync(_team.Andy, ActionIds.ApprovePlan, "ben|2027-Q1")).Message();
        var sentBack = (await _team.SubmitAsync(_team.Andy, FormIds.Plan(PlanFormKind.SendBack, Q1, "ben"), new Dictionary<string, string> { ["comment"] = "no" })).Message();
        var target = (await _team.SubmitAsync(_team.Andy, FormIds.Plan(PlanFormKind.TeamTarget, Q1, "andy"), new Dictionary<string, string> { ["amount"] = "1" })).Message();

        Assert.All(new[] { pressed, sentBack, target }, m => Assert.StartsWith("Only the team's managers can review, approve or send back the team's plans", m.Headline, StringComparison.Ordinal));
        Assert.Equal(proposal, _team.Store.Proposals.Single());
        Assert.Empty(_team.Store.PlanTargets);
        Assert.DoesNotContain(_team.Store.Objectives, o => o.Quarter == Q1);
    }

    [Fact]
    public async Task A_manager_sets_the_team_target_by_text_in_the_reporting_currency()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review plan target 5M")).Message();

        Assert.Equal("Team target for 2027-Q1 set: US$5M.", reply.Headline);
        var target = Assert.Single(_team.Store.PlanTargets);
        Assert.Equal((Q1, "USD", 5_000_000m, "mia"), (target.Quarter, target.Currency, target.Amount, target.SetByMemberId));
    }

    [Fact]
    public async Task A_chinese_manager_sets_the_target_as_500_wan()
    {
        var team = new TestTeam(miaLocale: "zh-CN");

        var reply = (await team.SayAsync(team.Mia, "复盘 计划 目标 500万")).Message();

        Assert.Equal(5_000_000m, Assert.Single(team.Store.PlanTargets).Amount);
        LanguageAssert.Chinese(reply.Text(), "Export Sales", "Mia Manager", "Andy Miller", "Ben Weber", "Global", "US", "Europe");
    }

    [Fact]
    public async Task A_target_that_is_not_an_amount_is_refused_with_how_to_write_it()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review plan target lots")).Message();

        Assert.Contains("lots", reply.Headline, StringComparison.Ordinal);
        Assert.Contains("review plan target 5M", reply.Context.Single(), StringComparison.Ordinal);
        Assert.Empty(_team.Store.PlanTargets);
    }

    [Fact]
    public async Task The_target_form_refuses_zero_and_saves_a_valid_amount()
    {
        var form = (await _team.PressAsync(_team.Mia, ActionIds.SetPlanTarget, "2027-Q1")).Form();
        Assert.Equal(FormIds.Plan(PlanFormKind.TeamTarget, Q1, "mia"), form.FormId);

        var zero = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["amount"] = "0" })).Form();
        Assert.Equal("A team target has to be more than zero.", zero.Field("amount").Error);
        Assert.Empty(_team.Store.PlanTargets);

        var saved = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["amount"] = "6.5M" })).Message();
        Assert.Equal("Team target for 2027-Q1 set: US$6.5M.", saved.Headline);
        Assert.Equal(6_500_000m, Assert.Single(_team.Store.PlanTargets).Amount);
    }

    [Fact]
    public async Task Sending_a_proposal_back_by_text_tells_the_member_what_to_change_with_a_button_to_change_it()
    {
        ProposeForAndy();

        var replies = await _team.SayAsync(_team.Mia, "review plan back @Andy \"the target ignores the lost distributor\"");

        var stored = Assert.Single(_team.Store.Proposals);
        Assert.Equal((PlanStatus.SentBack, "the target ignores the lost distributor", "mia"), (stored.Status, stored.ManagerComment, stored.DecidedByMemberId));
        Assert.Equal(_team.Time.GetUtcNow(), stored.UpdatedAt);
        var toManager = Assert.IsType<MessageReply>(replies.Single(r => r.ToMemberId is null));
        Assert.Equal("Sent Andy Miller's proposal for 2027-Q1 back.", toManager.Headline);
        var toAndy = Assert.IsType<MessageReply>(replies.Single(r => r.ToMemberId == "andy"));
        Assert.Equal("Mia Manager sent your proposal for 2027-Q1 back", toAndy.Headline);
        Assert.Equal("the target ignores the lost distributor", toAndy.Sections.Single().Text);
        Assert.Contains(toAndy.Buttons, b => b is { ActionId: ActionIds.OpenPlan, Value: "2027-Q1" });

        var again = (await _team.PressAsync(_team.Mia, ActionIds.ApprovePlan, "andy|2027-Q1")).Message();
        Assert.StartsWith("Andy Miller's proposal is sent back on Nov 20 and waits for them", again.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain(_team.Store.Objectives, o => o.Quarter == Q1);
    }

    [Fact]
    public async Task The_send_back_form_needs_a_comment_and_the_member_reads_it_in_their_language()
    {
        var team = new TestTeam(andyLocale: "zh-CN");
        ProposeForAndy(team);

        var form = (await team.PressAsync(team.Mia, ActionIds.SendPlanBack, "andy|2027-Q1")).Form();
        var empty = (await team.SubmitAsync(team.Mia, form.FormId, new Dictionary<string, string> { ["comment"] = "  " })).Form();
        Assert.Equal("Say what should change, so Andy Miller knows what to do.", empty.Field("comment").Error);
        Assert.Equal(PlanStatus.Proposed, team.Store.Proposals.Single().Status);

        var replies = await team.SubmitAsync(team.Mia, form.FormId, new Dictionary<string, string> { ["comment"] = "Count the lost distributor" });

        Assert.Equal(PlanStatus.SentBack, team.Store.Proposals.Single().Status);
        var toAndy = replies.Single(r => r.ToMemberId == "andy");
        Assert.Equal("Mia Manager 退回了你的 2027-Q1 提案", ((MessageReply)toAndy).Headline);
        LanguageAssert.Chinese(toAndy.Text(), "Mia Manager", "Count the lost distributor");
    }

    [Fact]
    public async Task Approving_a_proposal_makes_it_next_quarters_okrs_with_basis_owner_start_and_target()
    {
        ProposeForAndy();

        var replies = await _team.SayAsync(_team.Mia, "review plan approve @Andy");

        var objective = Assert.Single(_team.Store.Objectives, o => o.Quarter == Q1);
        // A kept objective copies this quarter's title, basis and owner (the team's).
        Assert.Equal(("grow", "Grow export revenue", "The order book supports it", (string?)null), (objective.Key, objective.Title, objective.Basis, objective.OwnerMemberId));
        var revenue = objective.KeyResults.Single(k => k.Key == "us-revenue");
        Assert.Equal(("andy", 22_000_000m, 30_000_000m, "Two distributors renew in January", KeyResultUnit.Currency("USD")), (revenue.OwnerMemberId, revenue.Start, revenue.Target, revenue.Basis, revenue.Unit));
        Assert.NotEqual(_team.UsRevenue.Id, revenue.Id);
        Assert.Equal(2, objective.KeyResults.Count);
        var stored = Assert.Single(_team.Store.Proposals);
        Assert.Equal((PlanStatus.Approved, "mia"), (stored.Status, stored.DecidedByMemberId));
        var toManager = Assert.IsType<MessageReply>(replies.Single(r => r.ToMemberId is null));
        Assert.Equal("Approved Andy Miller's proposal: 2 key results for 2027-Q1.", toManager.Headline);
        Assert.Contains(toManager.Sections.Single().Facts, f => f is { Label: "US revenue", Value: "US$22M → US$30M · basis: Two distributors renew in January" });
        Assert.Equal("Mia Manager approved your proposal for 2027-Q1", ((MessageReply)replies.Single(r => r.ToMemberId == "andy")).Headline);
    }

    [Fact]
    public async Task Approving_twice_says_it_is_approved_already_and_adds_nothing()
    {
        ProposeForAndy();
        await _team.PressAsync(_team.Mia, ActionIds.ApprovePlan, "andy|2027-Q1");

        var again = (await _team.PressAsync(_team.Mia, ActionIds.ApprovePlan, "andy|2027-Q1")).Message();

        Assert.Equal("Andy Miller's proposal for 2027-Q1 is approved already: its key results are 2027-Q1's OKRs.", again.Headline);
        Assert.Equal(2, _team.Store.Objectives.Single(o => o.Quarter == Q1).KeyResults.Count);
    }

    [Fact]
    public async Task A_currency_without_a_rate_for_the_planned_quarter_is_asked_for_before_anything_is_approved()
    {
        ProposeForBen();

        var form = (await _team.PressAsync(_team.Mia, ActionIds.ApprovePlan, "ben|2027-Q1")).Form();

        Assert.StartsWith(FormIds.Plan(PlanFormKind.ExchangeRates, Q1, "ben") + "|", form.FormId, StringComparison.Ordinal);
        var rate = form.Field("rate.EUR");
        Assert.Contains("How many USD one EUR is worth", rate.Hint, StringComparison.Ordinal);
        Assert.Contains("2026-Q4: 1.16", rate.Hint, StringComparison.Ordinal);
        Assert.DoesNotContain(_team.Store.Objectives, o => o.Quarter == Q1);
        Assert.Equal(PlanStatus.Proposed, _team.Store.Proposals.Single().Status);

        var refused = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["rate.EUR"] = "-1" })).Form();
        Assert.StartsWith("'-1' is not a rate", refused.Field("rate.EUR").Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_team.Team.ExchangeRates.Rates, r => r.Quarter == Q1);
        Assert.DoesNotContain(_team.Store.Objectives, o => o.Quarter == Q1);

        var approved = await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["rate.EUR"] = "1.08" });

        Assert.Contains(_team.Store.Teams.Single().ExchangeRates.Rates, r => r == new ExchangeRate(Q1, "EUR", 1.08m));
        Assert.Equal(PlanStatus.Approved, _team.Store.Proposals.Single().Status);
        var objective = Assert.Single(_team.Store.Objectives, o => o.Quarter == Q1);
        Assert.Equal(("ben", 20_000_000m), (objective.KeyResults.Single().OwnerMemberId, objective.KeyResults.Single().Target));
        var toManager = (MessageReply)approved.Single(r => r.ToMemberId is null);
        Assert.Contains("Saved the EUR → USD rate for 2027-Q1: 1.08.", toManager.Context);
    }

    [Fact]
    public async Task Two_members_key_results_under_the_same_objective_share_it_and_a_taken_key_gets_a_suffix()
    {
        ProposeForAndy(key: "revenue");
        ProposeForBen(key: "revenue");
        _team.Store.Teams[0] = _team.Store.Teams[0] with { ExchangeRates = new ExchangeRateTable([.. _team.Team.ExchangeRates.Rates, new ExchangeRate(Q1, "EUR", 1.1m)]) };
        _team.Restart();

        await _team.SayAsync(_team.Mia, "review plan approve @Andy");
        var ben = (await _team.SayAsync(_team.Mia, "review plan approve Ben Weber")).First(r => r.ToMemberId is null);

        var objective = Assert.Single(_team.Store.Objectives, o => o.Quarter == Q1);
        Assert.Equal(["revenue", "conversion", "revenue-2"], objective.KeyResults.OrderBy(k => k.Position).Select(k => k.Key));
        Assert.Equal("ben", objective.KeyResults.Single(k => k.Key == "revenue-2").OwnerMemberId);
        Assert.Contains(((MessageReply)ben).Context, c => c.Contains("saved under the key revenue-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_new_objective_takes_the_members_title_and_the_first_key_results_basis_and_goes_after_the_others()
    {
        _team.Store.Objectives.Add(new Objective { Id = "q1-existing", WorkspaceId = TestTeam.WorkspaceId, TeamId = _team.Team.Id, Quarter = Q1, Key = "keep", Title = "Keep margins", Basis = "Costs", Position = 0 });
        Propose(_team, "andy", [KeyResult("us-resellers", "Resellers signed", KeyResultUnit.Count("resellers"), 0m, 12m, objectiveKey: "open-resellers", objectiveTitle: "Open the reseller channel")]);

        await _team.SayAsync(_team.Mia, "review plan approve @Andy");

        var added = _team.Store.Objectives.Single(o => o.Key == "open-resellers");
        Assert.Equal((Q1, "Open the reseller channel", "andy", "Basis for Resellers signed", 1), (added.Quarter, added.Title, added.OwnerMemberId, added.Basis, added.Position));
    }

    [Fact]
    public async Task A_proposal_that_breaks_the_imports_rules_is_not_approved_and_says_what_is_wrong()
    {
        Propose(_team, "andy", [KeyResult("flat", "Flat revenue", KeyResultUnit.Currency("USD"), 5m, 5m) with { Basis = " " }]);

        var reply = (await _team.SayAsync(_team.Mia, "review plan approve @Andy")).Message();

        Assert.Equal("Andy Miller's proposal can't be approved as it is; nothing was saved.", reply.Headline);
        Assert.Contains("'Flat revenue' has no basis", reply.Sections.Single().Text, StringComparison.Ordinal);
        Assert.Contains("'Flat revenue' has a target equal to its start", reply.Sections.Single().Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_team.Store.Objectives, o => o.Quarter == Q1);
        Assert.Equal(PlanStatus.Proposed, _team.Store.Proposals.Single().Status);
    }

    [Fact]
    public async Task Someone_not_on_the_team_is_quoted_back_and_nothing_is_approved()
    {
        ProposeForAndy();

        var reply = (await _team.SayAsync(_team.Mia, "review plan approve @Someone")).Message();

        Assert.Equal("'@Someone' is not anyone on Export Sales.", reply.Headline);
        Assert.Equal(PlanStatus.Proposed, _team.Store.Proposals.Single().Status);
    }

    [Fact]
    public async Task Words_the_command_does_not_know_are_quoted_with_how_to_type_it()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review plan frobnicate")).Message();

        Assert.Equal("I couldn't read 'frobnicate' in review plan.", reply.Headline);
        Assert.Contains("review plan approve @name", reply.Context.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_view_reads_in_chinese_for_a_chinese_manager()
    {
        var team = new TestTeam(miaLocale: "zh-CN");
        ProposeForAndy(team);

        var view = (await team.SayAsync(team.Mia, "复盘 计划")).Message();

        Assert.Equal("Export Sales · 2027-Q1 计划", view.Headline);
        LanguageAssert.Chinese(view.Text(), "Export Sales", "Mia Manager", "Andy Miller", "Ben Weber", "Global", "US", "Europe", "Grow export revenue", "US revenue", "Storefront conversion", "Two distributors renew in January", "Basis for Storefront conversion");
    }

    [Fact]
    public async Task A_manager_edits_a_proposal_in_the_members_own_form_and_the_member_is_told_what_changed()
    {
        var team = PlanningTeam.WithAndysQuarter();
        Propose(team, "andy",
        [
            KeyResult("us-revenue", "US revenue", KeyResultUnit.Currency("USD"), 20_000_000m, 30_000_000m, carried: "kr-us-revenue") with { Basis = "Three renewals" },
            KeyResult("conversion", "Storefront conversion", KeyResultUnit.Percentage, 2.7m, 3.2m, carried: "kr-conversion") with { Basis = "New checkout", Position = 1 },
        ]);

        var form = (await team.PressAsync(team.Mia, ActionIds.EditPlan, "andy|2027-Q1")).Form();
        Assert.StartsWith(FormIds.Plan(PlanFormKind.ManagerEdit, Q1, "andy") + "|", form.FormId, StringComparison.Ordinal);
        var values = form.Fields.ToDictionary(f => f.Id, f => f.Value ?? "");
        Assert.Equal("Three renewals", values[PlanFields.Carried("kr-us-revenue", PlanFields.Basis)]);
        values[PlanFields.Carried("kr-us-revenue", PlanFields.Target)] = "abc";
        var invalid = (await team.SubmitAsync(team.Mia, form.FormId, values)).Form();
        Assert.NotNull(invalid.Field(PlanFields.Carried("kr-us-revenue", PlanFields.Target)).Error);
        Assert.Equal(30_000_000m, team.Store.Proposals.Single().KeyResults[0].Target);

        values[PlanFields.Carried("kr-us-revenue", PlanFields.Target)] = "26M";
        var replies = await team.SubmitAsync(team.Mia, form.FormId, values);

        var stored = team.Store.Proposals.Single();
        Assert.Equal((PlanStatus.Proposed, "mia"), (stored.Status, stored.DecidedByMemberId));
        Assert.Equal(26_000_000m, stored.KeyResults.Single(k => k.Key == "us-revenue").Target);
        Assert.Equal("Saved your edit of Andy Miller's proposal for 2027-Q1; it waits for approval as before.", ((MessageReply)replies.Single(r => r.ToMemberId is null)).Headline);
        var toAndy = (MessageReply)replies.Single(r => r.ToMemberId == "andy");
        Assert.Equal("Mia Manager edited your proposal for 2027-Q1", toAndy.Headline);
        Assert.Contains("Changed Grow export revenue › US revenue: was US$20M → US$30M · basis: Three renewals, now US$20M → US$26M · basis: Three renewals", toAndy.Sections.Single().Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Storefront conversion", toAndy.Sections.Single().Text, StringComparison.Ordinal);

        await team.PressAsync(team.Mia, ActionIds.ApprovePlan, "andy|2027-Q1");
        Assert.Equal(26_000_000m, team.Store.Objectives.Single(o => o.Quarter == Q1).KeyResults.Single(k => k.Key == "us-revenue").Target);
    }

    [Fact]
    public async Task A_chinese_manager_sends_back_and_approves_with_chinese_words()
    {
        var team = new TestTeam(miaLocale: "zh-CN");
        ProposeForAndy(team);
        Propose(team, "ben", [KeyResult("leads", "Leads", KeyResultUnit.Count("leads"), 10m, 40m)]);

        var back = await team.SayAsync(team.Mia, "复盘 计划 退回 @Andy “目标忽略了流失的经销商”");
        var approved = await team.SayAsync(team.Mia, "复盘 计划 通过 @Ben");

        Assert.Equal("目标忽略了流失的经销商", team.Store.Proposals.Single(p => p.MemberId == "andy").ManagerComment);
        Assert.Equal("已退回 Andy Miller 的 2027-Q1 提案。", ((MessageReply)back.Single(r => r.ToMemberId is null)).Headline);
        Assert.Equal(PlanStatus.Approved, team.Store.Proposals.Single(p => p.MemberId == "ben").Status);
        LanguageAssert.Chinese(approved.Single(r => r.ToMemberId is null).Text(), "Ben Weber", "Grow export revenue", "Leads", "Basis for Leads", "leads");
        // Ben reads his own message in German's fallback, English.
        LanguageAssert.English(approved.Single(r => r.ToMemberId == "ben").Text());
    }

    [Fact]
    public async Task Review_plan_edit_by_text_opens_the_managers_edit_form()
    {
        var team = PlanningTeam.WithAndysQuarter();
        Propose(team, "andy", [KeyResult("us-revenue", "US revenue", KeyResultUnit.Currency("USD"), 20_000_000m, 30_000_000m, carried: "kr-us-revenue")]);

        var form = (await team.SayAsync(team.Mia, "review plan edit Andy Miller")).Form();

        Assert.StartsWith(FormIds.Plan(PlanFormKind.ManagerEdit, Q1, "andy") + "|", form.FormId, StringComparison.Ordinal);
    }

    private PlanProposal ProposeForAndy(TestTeam? team = null, string key = "us-revenue") => Propose(team ?? _team, "andy",
    [
        KeyResult(key, "US revenue", KeyResultUnit.Currency("USD"), 22_000_000m, 30_000_000m, carried: "kr-us-revenue") with { Basis = "Two distributors renew in January" },
        KeyResult("conversion", "Storefront conversion", KeyResultUnit.Percentage, 2.6m, 3.2m, carried: "kr-conversion") with { Position = 1 },
    ]);

    [Fact]
    public async Task A_manager_of_two_teams_acts_on_the_team_of_the_person_whose_proposal_the_button_names()
    {
        // Mia also manages Live Selling, where Lin sells; her Export Sales membership comes first.
        var live = _team.Team with { Id = "team-2", Key = "live-selling", Name = "Live Selling" };
        var miaOnLive = _team.Mia with { Id = "mia-2", TeamId = live.Id };
        var lin = _team.Ben with { Id = "lin", TeamId = live.Id, Name = "Lin Hua", SlackUserId = "U-lin", Email = "lin@example.com" };
        _team.Store.Teams.Add(live);
        _team.Store.Members.AddRange([miaOnLive, lin]);
        _team.Store.Proposals.Add(new PlanProposal
        {
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = live.Id,
            MemberId = lin.Id,
            Quarter = Q1,
            Status = PlanStatus.Proposed,
            KeyResults = [KeyResult("stream-gmv", "Stream GMV", KeyResultUnit.Currency("USD"), 0m, 2_000_000m, objectiveKey: "streams", objectiveTitle: "Sell live")],
            ProposedAt = ProposedAt,
            UpdatedAt = ProposedAt,
        });

        var view = (await _team.SayAsync(_team.Mia, "review plan live-selling")).Message();
        var approve = view.Buttons.Single(b => b.ActionId == ActionIds.ApprovePlan);
        var target = view.Buttons.Single(b => b.ActionId == ActionIds.SetPlanTarget);
        await _team.PressAsync(_team.Mia, approve.ActionId, approve.Value);
        var form = (await _team.PressAsync(_team.Mia, target.ActionId, target.Value)).Form();
        await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["amount"] = "3M" });

        Assert.Equal(PlanStatus.Approved, _team.Store.Proposals.Single(p => p.MemberId == lin.Id).Status);
        Assert.Equal(live.Id, _team.Store.Objectives.Single(o => o.Quarter == Q1).TeamId);
        Assert.Equal((live.Id, 3_000_000m), (_team.Store.PlanTargets.Single().TeamId, _team.Store.PlanTargets.Single().Amount));
    }

    private PlanProposal ProposeForBen(string key = "europe-revenue") => Propose(_team, "ben",
    [
        KeyResult(key, "Europe revenue", KeyResultUnit.Currency("EUR"), 15_000_000m, 20_000_000m, carried: "kr-europe-revenue"),
    ]);

    private static PlanProposal Propose(TestTeam team, string memberId, IReadOnlyList<ProposedKeyResult> keyResults)
    {
        var proposal = new PlanProposal
        {
            WorkspaceId = TestTeam.WorkspaceId,
            TeamId = team.Team.Id,
            MemberId = memberId,
            Quarter = Q1,
            Status = PlanStatus.Proposed,
            KeyResults = keyResults,
            ProposedAt = ProposedAt,
            UpdatedAt = ProposedAt,
        };
        team.Store.Proposals.Add(proposal);
        return proposal;
    }

    private static ProposedKeyResult KeyResult(string key, string title, KeyResultUnit unit, decimal start, decimal target, string? carried = null, string objectiveKey = "grow", string objectiveTitle = "Grow export revenue") => new()
    {
        Key = key,
        ObjectiveKey = objectiveKey,
        ObjectiveTitle = objectiveTitle,
        Title = title,
        Unit = unit,
        Start = start,
        Target = target,
        Basis = $"Basis for {title}",
        CarriedFromKeyResultId = carried,
    };
}
