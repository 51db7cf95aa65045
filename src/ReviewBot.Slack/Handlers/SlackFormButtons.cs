using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// The buttons that open a form again where a modal can't open (a form answering a plain direct message, or a reply
/// that came after the trigger ran out): each form's own, read from its id, so a planning or stream-review form is not
/// offered as this week's check-in.
/// </summary>
internal static class SlackFormButtons
{
    private static readonly HashSet<string> ByText = new(StringComparer.Ordinal)
    {
        ActionIds.PlanByText, ActionIds.StreamReviewByText, ActionIds.RetrospectiveByText, ActionIds.CheckInByText,
    };

    /// <summary>Whether the button starts the form's text dialog rather than opening it.</summary>
    public static bool IsByText(Button button) => ByText.Contains(button.ActionId);

    public static IReadOnlyList<Button> For(FormReply form, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(form);
        var open = SlackText.OpenTheForm(culture);
        var byText = SlackText.AnswerHereOneAtATime(culture);
        if (FormIds.TryReadPlan(form.FormId, out var kind, out var planned, out var memberId))
        {
            // The manager's forms open from the buttons of the team view; an exchange-rates form is what approving asks first.
            var whose = $"{memberId}|{planned.Id}";
            return kind switch
            {
                PlanFormKind.Proposal => [new Button(open, ActionIds.OpenPlan, planned.Id, ButtonStyle.Primary), new Button(byText, ActionIds.PlanByText, planned.Id)],
                PlanFormKind.ManagerEdit => [new Button(open, ActionIds.EditPlan, whose, ButtonStyle.Primary)],
                PlanFormKind.SendBack => [new Button(open, ActionIds.SendPlanBack, whose, ButtonStyle.Primary)],
                PlanFormKind.ExchangeRates => [new Button(open, ActionIds.ApprovePlan, whose, ButtonStyle.Primary)],
                _ => [new Button(open, ActionIds.SetPlanTarget, planned.Id, ButtonStyle.Primary)],
            };
        }

        if (FormIds.TryReadStreamReview(form.FormId, out _, out var streamId, out _))
        {
            return [new Button(open, ActionIds.OpenStreamReview, streamId, ButtonStyle.Primary), new Button(byText, ActionIds.StreamReviewByText, streamId)];
        }

        if (FormIds.TryReadCheckIn(form.FormId, out var templateId, out _, out _, out _) && templateId == ReviewTemplates.Retrospective.Id)
        {
            return [new Button(open, ActionIds.OpenRetrospective, Style: ButtonStyle.Primary), new Button(byText, ActionIds.RetrospectiveByText)];
        }

        return [new Button(open, ActionIds.OpenCheckIn, Style: ButtonStyle.Primary), new Button(byText, ActionIds.CheckInByText)];
    }
}
