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
}
