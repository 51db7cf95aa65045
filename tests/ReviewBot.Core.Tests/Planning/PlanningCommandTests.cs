using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Tests.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Planning;

public class PlanningCommandTests
{
    private readonly TestTeam _team = PlanningTeam.WithAndysQuarter();

    private static string Carried(string kr, string part) => PlanFields.Carried(kr, part);

    private static string New(int row, string part) => PlanFields.New(row, part);

    /// <summary>The form as its reader would send it back, with <paramref name="changes"/> typed over it.</summary>
    private static Dictionary<string, string> Filled(FormReply form, params (string Id, string Value)[] changes)
    {
        var values = form.Fields.ToDictionary(f => f.Id, f => f.Value ?? "");
        foreach (var (id, value) in changes)
        {
            values[id] = value;
        }

        return values;
    }

    private static (string, string)[] Targets() =>
    [
        (Carried("kr-us-revenue", PlanFields.Target), "30M"),
        (Carried("kr-us-revenue", PlanFields.Basis), "Three renewals in January"),
        (Carried("kr-conversion", PlanFields.Target), "3.2%"),
        (Carried("kr-conversion", PlanFields.Basis), "The new checkout"),
        (Carried("kr-crm-migration", PlanFields.Basis), "Needed before the renewals"),
    ];

    [Fact]
    public async Task The_form_carries_the_key_results_over_starting_where_they_ended_with_result_cause_and_lessons_beside()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();

        Assert.Equal(PlanningTeam.PlanForm, form.FormId);
        Assert.Equal("Your plan for 2027-Q1", form.Title);
        Assert.Contains("What worked in 2026-Q4: Weekly calls with key accounts.", form.Intro, StringComparison.Ordinal);
        Assert.Contains("What to change: Start renewals a month earlier.", form.Intro, StringComparison.Ordinal);
        var keep = form.Field(Carried("kr-us-revenue", PlanFields.Keep));
        Assert.Equal(PlanFields.KeepIt, keep.Value);
        Assert.Equal("2026-Q4: reached US$20M of a US$24.7M target — 81%, score 0.81. Why, in your words: Two renewals slipped into January.", keep.Hint);
        Assert.Equal("20,000,000", form.Field(Carried("kr-us-revenue", PlanFields.Start)).Value);
        Assert.Equal(("US revenue", "USD", "USD"), (form.Field(Carried("kr-us-revenue", PlanFields.Title)).Value, form.Field(Carried("kr-us-revenue", PlanFields.Unit)).Value, form.Field(Carried("kr-us-revenue", PlanFields.Start)).Unit));
        Assert.Equal("grow", form.Field(Carried("kr-us-revenue", PlanFields.Objective)).Value);
        Assert.Equal("", form.Field(Carried("kr-us-revenue", PlanFields.Target)).Value);
        Assert.Equal("The target in 2026-Q4 was US$24.7M.", form.Field(Carried("kr-us-revenue", PlanFields.Target)).Hint);
        Assert.Equal(FieldKind.Amount, form.Field(Carried("kr-conversion", PlanFields.Target)).Kind);
        Assert.Equal(FieldKind.MultilineText, form.Field(Carried("kr-conversion", PlanFields.Basis)).Kind);
        Assert.Equal("2.7", form.Field(Carried("kr-conversion", PlanFields.Start)).Value);
        Assert.Contains(form.Fields, f => f.Id == New(1, PlanFields.Title));
        Assert.DoesNotContain(form.Fields, f => f.Id.Contains("kr-europe-revenue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unfinished_milestone_is_offered_to_carry_over_and_a_finished_one_is_not()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();

        var milestone = form.Field(Carried("kr-crm-migration", PlanFields.Keep));
        Assert.Equal("CRM migration (not done in 2026-Q4)", milestone.Label);
        Assert.Equal(["Carry it over", "Leave it"], milestone.Choices!.Select(c => c.Label));
        Assert.Equal("milestone", form.Field(Carried("kr-crm-migration", PlanFields.Unit)).Value);
        Assert.DoesNotContain(form.Fields, f => f.Id.Contains("kr-partner-launch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_target_equal_to_its_start_or_unreadable_is_refused_beside_it_and_nothing_is_saved_until_corrected()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        var changes = Targets();
        changes[0] = (Carried("kr-us-revenue", PlanFields.Target), "20M");
        changes[2] = (Carried("kr-conversion", PlanFields.Target), "lots");

        var refused = (await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, changes))).Form();

        Assert.Equal(ReplyPlacement.ReplaceSource, refused.Placement);
        Assert.Equal("The target equals the start (US$20M); a key result has to move up or down. Give a target above or below it.", refused.Field(Carried("kr-us-revenue", PlanFields.Target)).Error);
        Assert.StartsWith("I couldn't read 'lots'", refused.Field(Carried("kr-conversion", PlanFields.Target)).Error, StringComparison.Ordinal);
        Assert.Equal("lots", refused.Field(Carried("kr-conversion", PlanFields.Target)).Value);
        Assert.Empty(_team.Store.Proposals);

        var saved = await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, Targets()));

        var proposal = Assert.Single(_team.Store.Proposals);
        Assert.Equal((PlanStatus.Proposed, PlanningTeam.Q1, _team.Time.GetUtcNow()), (proposal.Status, proposal.Quarter, proposal.ProposedAt));
        Assert.Equal(
            [("us-revenue", 20_000_000m, 30_000_000m), ("conversion", 2.7m, 3.2m), ("crm-migration", 0m, 1m)],
            proposal.KeyResults.Select(k => (k.Key, k.Start, k.Target)));
        Assert.Equal("kr-crm-migration", proposal.KeyResults[2].CarriedFromKeyResultId);
        var confirmation = Assert.IsType<MessageReply>(saved[0]);
        Assert.Equal("Proposed 3 key results for 2027-Q1. Your manager will review your plan.", confirmation.Headline);
        Assert.Contains(confirmation.Sections[0].Facts, f => f.Label == "US revenue" && f.Value == "US$20M → US$30M. Why: Three renewals in January");
    }

    [Fact]
    public async Task New_rows_a_client_makes_up_beyond_the_forms_reach_are_ignored_and_the_rest_is_read()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        var values = Filled(form, Targets());
        // Teams posts whatever data a client puts in a card: a row number near int.MaxValue or in the millions.
        values["plan.new.2147483647.title"] = "Overflow";
        values["plan.new.50000000.title"] = "Millions of rows";

        var saved = await _team.SubmitAsync(_team.Andy, form.FormId, values);

        Assert.IsType<MessageReply>(saved[0]);
        Assert.Equal(["US revenue", "Storefront conversion", "CRM migration"], Assert.Single(_team.Store.Proposals).KeyResults.Select(k => k.Title));
    }

    [Fact]
    public async Task A_title_or_basis_longer_than_a_person_reads_is_refused_beside_it_with_its_length()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        var changes = Targets();
        changes[1] = (Carried("kr-us-revenue", PlanFields.Basis), new string('b', 2001));

        var refused = (await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, [.. changes, (New(0, PlanFields.Title), new string('t', 201)), (New(0, PlanFields.Unit), "accounts"), (New(0, PlanFields.Start), "0"), (New(0, PlanFields.Target), "4"), (New(0, PlanFields.Basis), "Four")]))).Form();

        Assert.Equal("Keep it under 2000 characters (it has 2001).", refused.Field(Carried("kr-us-revenue", PlanFields.Basis)).Error);
        Assert.Equal("Keep it under 200 characters (it has 201).", refused.Field(New(0, PlanFields.Title)).Error);
        Assert.Empty(_team.Store.Proposals);
    }

    [Fact]
    public async Task A_key_result_without_a_basis_is_refused_beside_the_basis()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        var changes = Targets();
        changes[1] = (Carried("kr-us-revenue", PlanFields.Basis), " ");

        var refused = (await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, changes))).Form();

        Assert.StartsWith("Say why this target", refused.Field(Carried("kr-us-revenue", PlanFields.Basis)).Error, StringComparison.Ordinal);
        Assert.Empty(_team.Store.Proposals);
    }

    [Fact]
    public async Task A_new_key_result_goes_under_a_new_objective_with_keys_made_from_the_titles()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        var changes = Targets().Concat(
        [
            (Carried("kr-conversion", PlanFields.Keep), PlanFields.DropIt),
            (Carried("kr-conversion", PlanFields.Target), ""),
            (New(0, PlanFields.Objective), PlanFields.NewObjective),
            (New(0, PlanFields.ObjectiveTitle), "Open Mexico"),
            (New(0, PlanFields.Title), "Accounts in Mexico"),
            (New(0, PlanFields.Unit), "accounts"),
            (New(0, PlanFields.Start), "0"),
            (New(0, PlanFields.Target), "12"),
            (New(0, PlanFields.Basis), "Two distributors signed"),
            (New(1, PlanFields.Title), "墨西哥退货率"),
            (New(1, PlanFields.Unit), "百分比"),
            (New(1, PlanFields.Start), "8%"),
            (New(1, PlanFields.Target), "5%"),
            (New(1, PlanFields.Basis), "Better packaging"),
        ]).ToArray();

        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, changes));

        var proposal = Assert.Single(_team.Store.Proposals);
        Assert.Equal(
            [("us-revenue", "grow"), ("crm-migration", "grow"), ("accounts-in-mexico", "open-mexico"), ("kr-1", "grow")],
            proposal.KeyResults.Select(k => (k.Key, k.ObjectiveKey)));
        Assert.Equal(("Open Mexico", KeyResultUnit.Count("accounts")), (proposal.KeyResults[2].ObjectiveTitle, proposal.KeyResults[2].Unit));
        Assert.Equal((KeyResultUnit.Percentage, 8m, 5m, null), (proposal.KeyResults[3].Unit, proposal.KeyResults[3].Start, proposal.KeyResults[3].Target, proposal.KeyResults[3].CarriedFromKeyResultId));

        var again = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        Assert.Equal(("Accounts in Mexico", PlanFields.NewObjective, "Open Mexico"), (again.Field(New(0, PlanFields.Title)).Value, again.Field(New(0, PlanFields.Objective)).Value, again.Field(New(0, PlanFields.ObjectiveTitle)).Value));
        Assert.Equal(PlanFields.DropIt, again.Field(Carried("kr-conversion", PlanFields.Keep)).Value);
        Assert.Equal("", again.Field(New(3, PlanFields.Title)).Value);
    }

    [Fact]
    public async Task A_new_objective_without_a_title_and_a_title_used_twice_are_refused()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        var changes = Targets().Concat(
        [
            (New(0, PlanFields.Objective), PlanFields.NewObjective),
            (New(0, PlanFields.Title), "us revenue"),
            (New(0, PlanFields.Unit), "dollars?"),
            (New(0, PlanFields.Start), "1"),
            (New(0, PlanFields.Target), "2"),
            (New(0, PlanFields.Basis), "More"),
        ]).ToArray();

        var refused = (await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, changes))).Form();

        Assert.StartsWith("You chose a new objective", refused.Field(New(0, PlanFields.ObjectiveTitle)).Error, StringComparison.Ordinal);
        Assert.Equal("Another key result is already called 'us revenue'; give each its own title.", refused.Field(New(0, PlanFields.Title)).Error);
        Assert.Empty(_team.Store.Proposals);
    }

    [Fact]
    public async Task Dropping_everything_is_refused_for_the_form_as_a_whole()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();

        var refused = (await _team.SubmitAsync(_team.Andy, form.FormId, Filled(
            form,
            (Carried("kr-us-revenue", PlanFields.Keep), PlanFields.DropIt),
            (Carried("kr-conversion", PlanFields.Keep), PlanFields.DropIt),
            (Carried("kr-crm-migration", PlanFields.Keep), PlanFields.DropIt)))).Form();

        Assert.Equal("A plan needs at least one key result: keep one of this quarter's or fill in a new one.", refused.Error);
        Assert.Empty(_team.Store.Proposals);
    }

    [Fact]
    public async Task The_managers_get_one_notice_and_an_identical_retry_notifies_nobody_again()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();

        var first = await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, Targets()));
        var retry = await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, Targets()));

        var notice = Assert.IsType<MessageReply>(Assert.Single(first, r => r.ToMemberId is not null));
        Assert.Equal(("mia", "Andy Miller proposed 3 key results for 2027-Q1 — review plan"), (notice.ToMemberId, notice.Headline));
        Assert.Equal("Your plan for 2027-Q1 (3 key results) is already proposed just like this; your manager has it.", retry.Message().Headline);
        Assert.Single(_team.Store.Proposals);
    }

    [Fact]
    public async Task A_chinese_manager_is_told_in_chinese()
    {
        var team = PlanningTeam.WithAndysQuarter(miaLocale: "zh-CN");
        var form = (await team.SayAsync(team.Andy, "review plan")).Form();

        var replies = await team.SubmitAsync(team.Andy, form.FormId, Filled(form, Targets()));

        LanguageAssert.English(Assert.IsType<MessageReply>(replies[0]).Text());
        var notice = Assert.IsType<MessageReply>(Assert.Single(replies, r => r.ToMemberId == "mia"));
        Assert.Equal("Andy Miller 提交了 2027-Q1 的 3 个关键结果 — 复盘 计划", notice.Headline);
    }

    [Fact]
    public async Task A_proposal_changed_in_between_is_not_overwritten()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, Targets()));
        var stored = _team.Store.Proposals[0];
        _team.Time.Advance(TimeSpan.FromMinutes(5));
        var changes = Targets();
        changes[0] = (Carried("kr-us-revenue", PlanFields.Target), "31M");
        var bySomeoneElse = stored with { UpdatedAt = _team.Time.GetUtcNow(), DecidedByMemberId = "mia", KeyResults = stored.KeyResults.Take(1).ToList() };
        _team.Store.BeforeSaveProposal = () =>
        {
            _team.Store.Proposals[0] = bySomeoneElse;
            _team.Store.BeforeSaveProposal = null;
        };

        var replies = await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, changes));

        Assert.StartsWith("Your plan for 2027-Q1 was changed by someone else", Assert.IsType<MessageReply>(replies[0]).Headline, StringComparison.Ordinal);
        Assert.IsType<FormReply>(replies[1]);
        Assert.Equal(bySomeoneElse, _team.Store.Proposals.Single());
    }

    [Fact]
    public async Task Someone_elses_proposal_form_is_refused()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();

        var refused = (await _team.SubmitAsync(_team.Ben, form.FormId, Filled(form, Targets()))).Message();

        Assert.Contains("someone else", refused.Headline, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_team.Store.Proposals);
    }

    [Fact]
    public async Task An_approved_proposal_is_not_reopened()
    {
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, Targets()));
        _team.Store.Proposals[0] = _team.Store.Proposals[0] with { Status = PlanStatus.Approved, DecidedByMemberId = "mia" };

        var reply = (await _team.SayAsync(_team.Andy, "review plan")).Message();
        var resubmitted = (await _team.SubmitAsync(_team.Andy, form.FormId, Filled(form, Targets()))).Message();

        Assert.Equal("Your plan for 2027-Q1 was approved on Nov 20 by Mia Manager.", reply.Headline);
        Assert.Equal(["Type review okrs 2027-Q1 to see it."], reply.Context);
        Assert.Equal(reply.Headline, resubmitted.Headline);
        Assert.Equal(PlanStatus.Approved, _team.Store.Proposals.Single().Status);
    }

    [Fact]
    public async Task A_past_quarter_and_unknown_words_are_refused_saying_how_to_type_it()
    {
        var past = (await _team.SayAsync(_team.Andy, "review plan 2026-Q3")).Message();
        var unread = (await _team.SayAsync(_team.Andy, "review plan soon")).Message();
        var named = (await _team.SayAsync(_team.Andy, "review plan 2027-Q2")).Form();

        Assert.Equal("2026-Q3 has already begun or ended (it is 2026-Q4 now), so it can't be planned any more.", past.Headline);
        Assert.Equal("I couldn't read 'soon' in review plan.", unread.Headline);
        Assert.Equal(["Write review plan for the form, review plan text to plan here in chat, or review plan 2027-Q1 for a quarter."], unread.Context);
        Assert.Equal(FormIds.Plan(PlanFormKind.Proposal, new Core.Periods.Quarter(2027, 2), "andy"), named.FormId);
    }

    [Fact]
    public async Task A_chinese_member_plans_in_chinese()
    {
        var team = PlanningTeam.WithAndysQuarter(andyLocale: "zh-CN");
        var form = (await team.SayAsync(team.Andy, "复盘 计划")).Form();
        var titles = new[] { "keep", "grow", "US revenue", "Storefront conversion", "CRM migration", "Grow export revenue", "Two renewals slipped into January.", "Weekly calls with key accounts.", "Start renewals a month earlier." };

        LanguageAssert.Chinese(form.Text(), titles);
        Assert.Equal("里程碑", form.Field(Carried("kr-crm-migration", PlanFields.Unit)).Value);
        var refused = (await team.SubmitAsync(team.Andy, form.FormId, Filled(form, (Carried("kr-us-revenue", PlanFields.Target), "2000万")))).Form();
        LanguageAssert.Chinese(refused.Field(Carried("kr-us-revenue", PlanFields.Target)).Error!);
        LanguageAssert.Chinese(refused.Field(Carried("kr-us-revenue", PlanFields.Basis)).Error!);
    }
}
