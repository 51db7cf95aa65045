using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Periods;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.Tests.Handlers;

/// <summary>A form that can't open as a modal becomes a message whose buttons open that same form again.</summary>
public class SlackFormButtonsTests
{
    private static readonly Quarter Q1 = new(2027, 1);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static FormReply Form(string formId) => new() { FormId = formId, Title = "A form", Fields = [] };

    private static IEnumerable<(string ActionId, string? Value)> Buttons(string formId) =>
        SlackResponder.FormAsButton(Form(formId), English).Buttons.Select(b => (b.ActionId, b.Value));

    [Fact]
    public void A_proposal_form_without_a_trigger_offers_the_planning_buttons_not_the_check_in()
    {
        Assert.Equal(
            [(ActionIds.OpenPlan, "2027-Q1"), (ActionIds.PlanByText, "2027-Q1")],
            Buttons(FormIds.Plan(PlanFormKind.Proposal, Q1, "andy")));
    }

    [Fact]
    public void A_managers_planning_form_reopens_from_the_button_of_the_team_view_it_came_from()
    {
        Assert.Equal([(ActionIds.EditPlan, "andy|2027-Q1")], Buttons(FormIds.Plan(PlanFormKind.ManagerEdit, Q1, "andy")));
        Assert.Equal([(ActionIds.SendPlanBack, "andy|2027-Q1")], Buttons(FormIds.Plan(PlanFormKind.SendBack, Q1, "andy")));
        Assert.Equal([(ActionIds.ApprovePlan, "andy|2027-Q1")], Buttons(FormIds.Plan(PlanFormKind.ExchangeRates, Q1, "andy")));
        Assert.Equal([(ActionIds.SetPlanTarget, "2027-Q1")], Buttons(FormIds.Plan(PlanFormKind.TeamTarget, Q1, "mei")));
    }

    [Fact]
    public void A_stream_review_and_a_retrospective_reopen_as_themselves_and_a_check_in_as_the_check_in()
    {
        Assert.Equal([(ActionIds.OpenStreamReview, "s-1"), (ActionIds.StreamReviewByText, "s-1")], Buttons(FormIds.StreamReview("live-stream", "s-1", "andy")));
        Assert.Equal([(ActionIds.OpenRetrospective, null), (ActionIds.RetrospectiveByText, null)], Buttons(FormIds.CheckIn(ReviewTemplates.Retrospective.Id, new Quarter(2026, 4), 13, "andy")));
        Assert.Equal([(ActionIds.OpenCheckIn, null), (ActionIds.CheckInByText, null)], Buttons(FormIds.CheckIn(ReviewTemplates.WeeklyCheckIn.Id, new Quarter(2026, 4), 8, "andy")));
    }
}
