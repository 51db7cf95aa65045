using ReviewBot.Core.Conversation;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Tests.Conversation;

namespace ReviewBot.Core.Tests.Planning;

/// <summary>
/// One quarter planned entirely in chat: Andy proposes in his form, Mia sends it back with a comment, Andy changes
/// it, Mia approves, and in 2027-Q1 Andy's check-in asks for the key results approved.
/// </summary>
public class PlanReviewRoundTripTests
{
    private readonly TestTeam _team = PlanningTeam.WithAndysQuarter();

    [Fact]
    public async Task A_proposal_sent_back_changed_and_approved_becomes_the_key_results_next_quarters_check_in_asks_for()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, ("30M", "Three renewals in January")));

        var view = (await _team.SayAsync(_team.Mia, "review plan")).Message();
        Assert.Contains(view.Buttons, b => b.ActionId == ActionIds.ApprovePlan && b.Value!.StartsWith("andy|2027-Q1|", StringComparison.Ordinal));
        Assert.Contains(view.Sections, s => s.Title == "Andy Miller · US · proposed on Nov 20");

        var back = await _team.SayAsync(_team.Mia, "review plan back @Andy \"30M ignores the lost distributor\"");
        var toAndy = Assert.IsType<MessageReply>(back.Single(r => r.ToMemberId == "andy"));
        var open = toAndy.Buttons.Single(b => b.ActionId == ActionIds.OpenPlan);

        var again = (await _team.PressAsync(_team.Andy, open.ActionId, open.Value)).Form();
        await _team.SubmitAsync(_team.Andy, again.FormId, Filled(again, ("27M", "Three renewals, one distributor lost")));
        Assert.Equal(PlanStatus.Proposed, _team.Store.Proposals.Single().Status);

        var approved = await _team.PressAsync(_team.Mia, ActionIds.ApprovePlan, "andy|2027-Q1");
        Assert.Equal("Approved Andy Miller's proposal: 3 key results for 2027-Q1.", ((MessageReply)approved.Single(r => r.ToMemberId is null)).Headline);

        var revenue = _team.Store.Objectives.Single(o => o.Quarter == PlanningTeam.Q1).KeyResults.Single(k => k.Key == "us-revenue");
        Assert.Equal((20_000_000m, 27_000_000m, "Three renewals, one distributor lost", "andy"), (revenue.Start, revenue.Target, revenue.Basis, revenue.OwnerMemberId));
        _team.Time.SetUtcNow(new DateTimeOffset(2027, 1, 8, 10, 0, 0, TimeSpan.Zero));
        var prompt = await _team.Engine.CheckInPromptAsync(_team.Andy, TestContext.Current.CancellationToken);
        Assert.NotNull(prompt);
        Assert.Contains("US revenue", prompt.Text(), StringComparison.Ordinal);
        Assert.Contains("US$27M", prompt.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_saved_meanwhile_is_not_sent_back_and_the_manager_sees_it_as_it_stands()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, ("30M", "Three renewals in January")));
        var resubmitted = _team.Store.Proposals.Single() with { UpdatedAt = _team.Time.GetUtcNow().AddSeconds(1) };
        _team.Store.BeforeSaveProposal = () => _team.Store.Proposals[0] = resubmitted;

        var reply = (await _team.SayAsync(_team.Mia, "review plan back @Andy \"too low\"")).Message();

        Assert.Equal("Andy Miller's proposal changed meanwhile, so nothing was saved. Here it is as it stands now.", reply.Headline);
        Assert.Equal(resubmitted, _team.Store.Proposals.Single());
        Assert.Contains(reply.Buttons, b => b.ActionId == ActionIds.SendPlanBack && b.Value!.StartsWith("andy|2027-Q1|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_approve_pressed_on_a_view_older_than_the_proposal_approves_nothing_and_shows_it_as_it_stands()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, ("30M", "Three renewals in January")));
        var seen = (await _team.SayAsync(_team.Mia, "review plan")).Message().Buttons.Single(b => b.ActionId == ActionIds.ApprovePlan);

        // Andy lowers his target after Mia's view was written; her button still names what she saw.
        _team.Time.Advance(TimeSpan.FromMinutes(5));
        var changed = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, changed.FormId, Filled(changed, ("25M", "One renewal moved to April")));
        var stale = await _team.PressAsync(_team.Mia, seen.ActionId, seen.Value);

        Assert.Equal("Andy Miller's proposal changed meanwhile, so nothing was saved. Here it is as it stands now.", ((MessageReply)stale[0]).Headline);
        Assert.Equal(PlanStatus.Proposed, _team.Store.Proposals.Single().Status);
        Assert.DoesNotContain(_team.Store.Objectives, o => o.Quarter == PlanningTeam.Q1);

        var fresh = ((MessageReply)stale[0]).Buttons.Single(b => b.ActionId == ActionIds.ApprovePlan);
        await _team.PressAsync(_team.Mia, fresh.ActionId, fresh.Value);
        Assert.Equal(25_000_000m, _team.Store.Objectives.Single(o => o.Quarter == PlanningTeam.Q1).KeyResults.Single(k => k.Key == "us-revenue").Target);
    }

    [Fact]
    public async Task A_members_form_written_before_the_manager_sent_the_proposal_back_saves_nothing_and_shows_the_comment()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, ("30M", "Three renewals in January")));
        var older = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        _team.Time.Advance(TimeSpan.FromMinutes(5));
        await _team.SayAsync(_team.Mia, "review plan back @Andy \"30M ignores the lost distributor\"");

        var refused = await _team.SubmitAsync(_team.Andy, older.FormId, Filled(older, ("31M", "Even more")));

        Assert.Equal(PlanStatus.SentBack, _team.Store.Proposals.Single().Status);
        Assert.Equal(30_000_000m, _team.Store.Proposals.Single().KeyResults.Single(k => k.Key == "us-revenue").Target);
        var fresh = Assert.IsType<FormReply>(refused[^1]);
        Assert.Contains("30M ignores the lost distributor", fresh.Intro, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approval_whose_new_objective_another_approval_created_meanwhile_says_so_and_the_next_press_approves_into_it()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, ("30M", "Three renewals in January")));
        // Another manager's approval created the planned quarter's objectives of the same keys after this one read the quarter.
        _team.Store.BeforeApproveProposal = objectives =>
        {
            _team.Store.Objectives.AddRange(objectives.Select(o => o with { Id = "meanwhile-" + o.Key, KeyResults = [] }));
            _team.Store.BeforeApproveProposal = null;
        };

        var refused = (await _team.PressAsync(_team.Mia, ActionIds.ApprovePlan, "andy|2027-Q1")).Message();

        Assert.Equal("Andy Miller's proposal changed meanwhile, so nothing was saved. Here it is as it stands now.", refused.Headline);
        Assert.Equal(PlanStatus.Proposed, _team.Store.Proposals.Single().Status);
        Assert.All(_team.Store.Objectives.Where(o => o.Quarter == PlanningTeam.Q1), o => Assert.Empty(o.KeyResults));
        Assert.Contains(refused.Buttons, b => b.ActionId == ActionIds.ApprovePlan && b.Value!.StartsWith("andy|2027-Q1|", StringComparison.Ordinal));

        var approved = await _team.PressAsync(_team.Mia, ActionIds.ApprovePlan, "andy|2027-Q1");

        Assert.Equal("Approved Andy Miller's proposal: 3 key results for 2027-Q1.", ((MessageReply)approved.Single(r => r.ToMemberId is null)).Headline);
        var planned = _team.Store.Objectives.Where(o => o.Quarter == PlanningTeam.Q1).ToList();
        Assert.All(planned, o => Assert.StartsWith("meanwhile-", o.Id, StringComparison.Ordinal));
        Assert.Equal(3, planned.Sum(o => o.KeyResults.Count));
    }

    [Fact]
    public async Task A_key_result_fed_by_live_streams_keeps_its_feed_into_next_quarter_and_starts_again_at_its_own_start()
    {
        var objective = _team.Store.Objectives.Single();
        _team.Store.Objectives[0] = objective with
        {
            KeyResults = [.. objective.KeyResults.Select(k => k.Id == "kr-us-revenue" ? k with { Feed = new Core.Okrs.KeyResultFeed("gmv") } : k)],
        };

        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        var start = form.Field(PlanFields.Carried("kr-us-revenue", PlanFields.Start));
        // The streams' sum begins again with the quarter's first stream: where it ended is no start for it.
        Assert.Equal(("0", "Summed from the quarter's live streams, so it starts again at US$0."), (start.Value, start.Hint));
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, ("30M", "Two launches a month")));
        Assert.Equal("gmv", _team.Store.Proposals.Single().KeyResults.Single(k => k.Key == "us-revenue").Feed?.Metric);

        var view = (await _team.SayAsync(_team.Mia, "review plan")).Message();
        var approve = view.Buttons.Single(b => b.ActionId == ActionIds.ApprovePlan);
        await _team.PressAsync(_team.Mia, approve.ActionId, approve.Value);

        var revenue = _team.Store.Objectives.Single(o => o.Quarter == PlanningTeam.Q1).KeyResults.Single(k => k.Key == "us-revenue");
        Assert.Equal(("gmv", 0m, 30_000_000m), (revenue.Feed?.Metric, revenue.Start, revenue.Target));
    }

    /// <summary>Andy's form as he would send it: the US revenue target and basis typed, the rest as the form offers it.</summary>
    private static Dictionary<string, string> Filled(FormReply form, (string Target, string Basis) revenue)
    {
        var values = form.Fields.ToDictionary(f => f.Id, f => f.Value ?? "");
        values[PlanFields.Carried("kr-us-revenue", PlanFields.Target)] = revenue.Target;
        values[PlanFields.Carried("kr-us-revenue", PlanFields.Basis)] = revenue.Basis;
        values[PlanFields.Carried("kr-conversion", PlanFields.Target)] = "3.2%";
        values[PlanFields.Carried("kr-conversion", PlanFields.Basis)] = "The new checkout";
        values[PlanFields.Carried("kr-crm-migration", PlanFields.Basis)] = "Needed before the renewals";
        return values;
    }
}
