namespace ReviewBot.Core.Conversation;

/// <summary>The buttons the engine puts on its messages, and answers when they are pressed.</summary>
public static class ActionIds
{
    public const string OpenCheckIn = "checkin.open";
    public const string CheckInByText = "checkin.text";
    public const string OpenRetrospective = "retro.open";
    public const string RetrospectiveByText = "retro.text";

    /// <summary>Opens a live stream's review form; the button's value is the stream's id.</summary>
    public const string OpenStreamReview = "stream.review.open";

    /// <summary>Starts a live stream's review as a text dialog; the button's value is the stream's id.</summary>
    public const string StreamReviewByText = "stream.review.text";
    /// <summary>Opens the member's planning form for next quarter; the button's value is the quarter planned ("2027-Q1").</summary>
    public const string OpenPlan = "plan.open";

    /// <summary>Starts the member's planning as a text dialog; the value is the quarter planned.</summary>
    public const string PlanByText = "plan.text";

    /// <summary>A manager's buttons on one person's proposal; the value is "memberId|2027-Q1".</summary>
    public const string EditPlan = "plan.edit";

    public const string SendPlanBack = "plan.sendback";

    public const string ApprovePlan = "plan.approve";

    /// <summary>Opens the form for the team's target; the value is the quarter planned.</summary>
    public const string SetPlanTarget = "plan.target";

    public const string AddObjective = "okrs.objective.add";
    public const string EditObjective = "okrs.objective.edit";
    public const string AddKeyResult = "okrs.keyresult.add";
    public const string EditKeyResult = "okrs.keyresult.edit";
}
