namespace ReviewBot.Core.Scheduling;

public enum DeliveryKind
{
    WeeklyPrompt,
    Reminder,
    RetrospectivePrompt,
    QuarterReview,
    WeeklyDigest,

    /// <summary>To a team's manager, once a quarter: who owns no key results this quarter and so is not prompted.</summary>
    KeyResultsMissing,

    /// <summary>To a live stream's host or crew member, once, after the stream: the prompt to review it.</summary>
    StreamReviewPrompt,

    /// <summary>To the team's channels, once per stream: its review, when the crew has answered or the window closed.</summary>
    StreamReviewSummary,

    /// <summary>
    /// To a member, once per quarter planned: the prompt to propose next quarter's key results, after their retrospective
    /// or in the quarter's last week, as the team is set (<see cref="People.Team.PlanningPrompt"/>).
    /// </summary>
    PlanningPrompt,
}
