namespace ReviewBot.Core.Scheduling;

public enum DeliveryKind
{
    WeeklyPrompt,
    Reminder,
    RetrospectivePrompt,
    QuarterReview,
    WeeklyDigest,
}
