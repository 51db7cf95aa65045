using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Core.Tests.Conversation;

public class CheckInFormTests
{
    private readonly TestTeam _team = new();

    private static string Value(string kr) => FormIds.Value(kr, "progress");

    private static string ConfidenceOf(string kr) => FormIds.Confidence(kr, "progress");

    private static string Comment(string kr) => FormIds.Comment(kr, "progress");

    [Fact]
    public async Task The_form_holds_only_the_members_own_key_results_with_their_units()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        Assert.Equal("checkin|weekly-checkin|2026-Q4|8|andy", form.FormId);
        Assert.Equal("Weekly check-in: week 8", form.Title);
        var value = form.Field(Value("kr-us-revenue"));
        Assert.Equal((FieldKind.Amount, "USD"), (value.Kind, value.Unit));
        Assert.Equal("Target US$24.7M. No check-in yet; it started at US$0.", value.Hint);
        Assert.Equal("%", form.Field(Value("kr-conversion")).Unit);
        Assert.Equal(["on-track", "at-risk", "off-track"], form.Field(ConfidenceOf("kr-us-revenue")).Choices!.Select(c => c.Value));
        Assert.DoesNotContain(form.Fields, f => f.Id.Contains("kr-europe-revenue", StringComparison.Ordinal));
        Assert.Contains(form.Fields, f => f.Id == "blockers" && f.Kind == FieldKind.MultilineText);
    }

    [Fact]
    public async Task A_milestone_is_a_done_or_not_done_choice()
    {
        var form = (await _team.SayAsync(_team.Ben, "review checkin")).Form();

        var milestone = form.Field(Value("kr-storefront"));
        Assert.Equal(FieldKind.Choice, milestone.Kind);
        Assert.Equal(["done", "not done"], milestone.Choices!.Select(c => c.Value));
    }

    [Fact]
    public async Task An_invalid_submission_comes_back_with_the_inputs_kept_an_error_beside_each_wrong_field_and_nothing_saved()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-us-revenue")] = "abc",
            [ConfidenceOf("kr-us-revenue")] = "on-track",
            [Comment("kr-us-revenue")] = "Two renewals closed",
            [Value("kr-conversion")] = "2.6",
            ["blockers"] = "Customs paperwork",
        })).Form();

        Assert.Equal("I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", again.Field(Value("kr-us-revenue")).Error);
        Assert.Equal("abc", again.Field(Value("kr-us-revenue")).Value);
        Assert.Equal("Two renewals closed", again.Field(Comment("kr-us-revenue")).Value);
        Assert.Equal("Choose how confident you are about 'Storefront conversion': on track, at risk or off track.", again.Field(ConfidenceOf("kr-conversion")).Error);
        Assert.Equal("Customs paperwork", again.Field("blockers").Value);
        Assert.Null(again.Field(Value("kr-conversion")).Error);
        Assert.Empty(_team.Store.CheckIns);
        Assert.Equal(0, _team.Store.RecordCalls);
    }

    [Fact]
    public async Task A_valid_submission_records_a_check_in_per_key_result_and_confirms_in_place()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var done = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-us-revenue")] = "14.2M",
            [ConfidenceOf("kr-us-revenue")] = "at-risk",
            [Comment("kr-us-revenue")] = "Two orders slipped",
            [Value("kr-conversion")] = "2.6%",
            [ConfidenceOf("kr-conversion")] = "on-track",
            ["blockers"] = "Customs paperwork",
        })).Message();

        Assert.Equal(ReplyPlacement.ReplaceSource, done.Placement);
        Assert.Equal("Checked in for week 8.", done.Headline);
        Assert.Equal(["US revenue: US$14.2M of US$24.7M · score 0.57 · at risk", "Storefront conversion: 2.6% of 3% · score 0.56 · on track"], done.Sections.Single().Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal(2, _team.Store.CheckIns.Count);
        var revenue = _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-us-revenue");
        Assert.Equal((14_200_000m, Confidence.AtRisk, "Two orders slipped", "Customs paperwork", 8, "andy"), (revenue.Value, revenue.Confidence, revenue.Comment, revenue.Blockers, revenue.WeekNumber, revenue.AuthorMemberId));
    }

    [Fact]
    public async Task Values_are_read_in_the_members_own_locale()
    {
        var form = (await _team.SayAsync(_team.Ben, "review checkin")).Form();

        await _team.SubmitAsync(_team.Ben, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-europe-revenue")] = "3,4 Mio. €",
            [ConfidenceOf("kr-europe-revenue")] = "on-track",
            [Value("kr-storefront")] = "not done",
            [ConfidenceOf("kr-storefront")] = "off-track",
        });

        Assert.Equal(3_400_000m, _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-europe-revenue").Value);
        Assert.Equal(0m, _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-storefront").Value);
    }

    [Fact]
    public async Task A_correction_in_the_same_week_is_recorded_the_latest_counts_and_the_history_stays()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-us-revenue")] = "14M", [ConfidenceOf("kr-us-revenue")] = "on-track" });
        _team.Time.Advance(TimeSpan.FromHours(2));

        var reopened = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        Assert.Equal("14,000,000", reopened.Field(Value("kr-us-revenue")).Value);
        var corrected = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-us-revenue")] = "15M", [ConfidenceOf("kr-us-revenue")] = "on-track" })).Message();

        Assert.Equal("Checked in for week 8 (this replaces your earlier answer for the week).", corrected.Headline);
        Assert.Equal([14_000_000m, 15_000_000m], _team.Store.CheckIns.Select(c => c.Value));
        Assert.Equal(15_000_000m, new CheckInHistory(_team.Store.CheckIns).Latest("kr-us-revenue")!.Value);
    }

    [Fact]
    public async Task A_resubmitted_form_records_nothing_twice()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        var values = new Dictionary<string, string> { [Value("kr-us-revenue")] = "14M", [ConfidenceOf("kr-us-revenue")] = "on-track" };

        await _team.SubmitAsync(_team.Andy, form.FormId, values, submissionId: "submission-1");
        var retry = (await _team.SubmitAsync(_team.Andy, form.FormId, values, submissionId: "submission-1")).Message();

        Assert.Single(_team.Store.CheckIns);
        Assert.EndsWith("(already saved; nothing recorded twice)", retry.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_checks_in_for_someone_else()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var reply = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-europe-revenue")] = "9M",
            [ConfidenceOf("kr-europe-revenue")] = "on-track",
        })).Form();

        Assert.Equal("Fill in at least one key result (or type same to keep a value as it was).", reply.Error);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task Same_keeps_a_value_exactly_as_it_was()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 7, 12_345_678.9m);
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-us-revenue")] = "same", [ConfidenceOf("kr-us-revenue")] = "on-track" });

        Assert.Equal(12_345_678.9m, _team.Store.CheckIns.Last().Value);
        Assert.Equal(8, _team.Store.CheckIns.Last().WeekNumber);
    }

    [Fact]
    public async Task A_form_from_a_closed_week_saves_nothing_and_offers_this_weeks()
    {
        var replies = await _team.SubmitAsync(_team.Andy, "checkin|weekly-checkin|2026-Q4|3", new Dictionary<string, string> { [Value("kr-us-revenue")] = "1M", [ConfidenceOf("kr-us-revenue")] = "on-track" });

        Assert.Equal("That form was for 2026-Q4 week 3, which has closed; nothing was saved. Here is this week's.", Assert.IsType<MessageReply>(replies[0]).Headline);
        Assert.Equal("checkin|weekly-checkin|2026-Q4|8|andy", Assert.IsType<FormReply>(replies[1]).FormId);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task Last_weeks_form_submitted_on_monday_counts_for_last_week()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        _team.Time.Advance(TimeSpan.FromDays(3));

        var done = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-us-revenue")] = "1M", [ConfidenceOf("kr-us-revenue")] = "on-track" })).Message();

        Assert.Equal(8, Assert.Single(_team.Store.CheckIns).WeekNumber);
        Assert.Equal("Saved for week 8, which ended on Sunday.", done.Headline);
    }

    [Fact]
    public async Task A_form_for_a_week_that_has_not_started_says_when_it_opens_and_saves_nothing()
    {
        var replies = await _team.SubmitAsync(_team.Andy, "checkin|weekly-checkin|2026-Q4|10|andy", new Dictionary<string, string> { [Value("kr-us-revenue")] = "1M", [ConfidenceOf("kr-us-revenue")] = "on-track" });

        Assert.Equal("That form is for 2026-Q4 week 10, which has not started yet: it opens on Monday 30 November. Nothing was saved. Here is this week's.", Assert.IsType<MessageReply>(replies[0]).Headline);
        Assert.Equal("checkin|weekly-checkin|2026-Q4|8|andy", Assert.IsType<FormReply>(replies[1]).FormId);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_retrospective_form_before_the_retrospective_opens_says_when_it_does()
    {
        var replies = await _team.SubmitAsync(_team.Andy, "checkin|quarter-retrospective|2026-Q4|14|andy", new Dictionary<string, string>());

        Assert.Equal("That form is for the 2026-Q4 retrospective, which opens on Monday 21 December, in the last two weeks of the quarter. Nothing was saved. Here is this week's check-in.", Assert.IsType<MessageReply>(replies[0]).Headline);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_comment_without_a_value_asks_for_the_value()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string>
        {
            [Value("kr-us-revenue")] = "14M",
            [ConfidenceOf("kr-us-revenue")] = "on-track",
            [Comment("kr-conversion")] = "Checkout redesign shipped",
        })).Form();

        Assert.Equal("Give a value for 'Storefront conversion' with your comment, or type same if it has not moved.", again.Field(Value("kr-conversion")).Error);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_member_without_key_results_is_told_so()
    {
        var reply = (await _team.SayAsync(_team.Mia, "review checkin")).Message();

        Assert.Equal("You have no key results in 2026-Q4, so there is nothing to check in.", reply.Headline);
    }

    [Fact]
    public async Task The_check_in_button_opens_the_same_form()
    {
        var form = (await _team.PressAsync(_team.Andy, ActionIds.OpenCheckIn)).Form();

        Assert.Equal("checkin|weekly-checkin|2026-Q4|8|andy", form.FormId);
    }

    [Fact]
    public async Task A_null_value_from_the_network_is_read_as_empty_not_a_crash()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();

        var again = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-us-revenue")] = null! })).Form();

        Assert.Equal("Fill in at least one key result (or type same to keep a value as it was).", again.Error);
    }

    [Fact]
    public async Task Last_weeks_form_is_refused_after_the_first_two_days_of_the_new_week()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        _team.Time.Advance(TimeSpan.FromDays(5));

        var replies = await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-us-revenue")] = "1M", [ConfidenceOf("kr-us-revenue")] = "on-track" });

        Assert.StartsWith("That form was for 2026-Q4 week 8, which has closed", Assert.IsType<MessageReply>(replies[0]).Headline, StringComparison.Ordinal);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_resubmitted_form_does_not_claim_to_replace_anything()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        var values = new Dictionary<string, string> { [Value("kr-us-revenue")] = "14M", [ConfidenceOf("kr-us-revenue")] = "on-track" };
        await _team.SubmitAsync(_team.Andy, form.FormId, values, submissionId: "d-1");

        var retry = (await _team.SubmitAsync(_team.Andy, form.FormId, values, submissionId: "d-1")).Message();

        Assert.Equal("Checked in for week 8. (already saved; nothing recorded twice)", retry.Headline);
    }

    [Fact]
    public async Task Someone_elses_form_is_refused()
    {
        var bens = (await _team.SayAsync(_team.Ben, "review checkin")).Form();

        var reply = (await _team.SubmitAsync(_team.Andy, bens.FormId, new Dictionary<string, string> { [Value("kr-europe-revenue")] = "9M", [ConfidenceOf("kr-europe-revenue")] = "on-track" })).Message();

        Assert.Equal("That form belongs to someone else; nothing was saved.", reply.Headline);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_person_on_two_teams_checks_in_for_the_team_the_form_is_for()
    {
        _team.Store.Teams.Add(_team.Team with { Id = "team-2", Key = "domestic", Name = "Domestic Sales" });
        _team.Store.Members.Add(_team.Andy with { Id = "andy-2", TeamId = "team-2" });
        _team.Store.Objectives.Add(_team.Store.Objectives[0] with { Id = "obj-2", TeamId = "team-2", KeyResults = [_team.UsRevenue with { Id = "kr-domestic", ObjectiveId = "obj-2", OwnerMemberId = "andy-2", Title = "Domestic revenue" }] });

        var form = (await _team.SayAsync(_team.Andy, "review checkin domestic")).Form();
        var done = (await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string> { [Value("kr-domestic")] = "2M", [ConfidenceOf("kr-domestic")] = "on-track" })).Message();

        Assert.Equal("Checked in for week 8.", done.Headline);
        Assert.Equal(("kr-domestic", "andy-2"), (_team.Store.CheckIns.Single().KeyResultId, _team.Store.CheckIns.Single().AuthorMemberId));
    }
}
