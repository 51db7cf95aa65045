using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// The idempotency keys deliveries are recorded under. Stable text: they live in the database, so
/// changing one would resend everything already sent.
/// </summary>
public static class DeliveryKeys
{
    public static string Prompt(string memberId, Quarter quarter, int week) => $"prompt:{memberId}:{quarter.Id}:{Number(week)}";

    public static string Reminder(string memberId, Quarter quarter, int week) => $"reminder:{memberId}:{quarter.Id}:{Number(week)}";

    public static string Retrospective(string memberId, Quarter quarter) => $"retro:{memberId}:{quarter.Id}";

    public static string Review(string teamId, Quarter quarter) => $"review:{teamId}:{quarter.Id}";

    public static string Digest(string teamId, Quarter quarter, int week) => $"digest:{teamId}:{quarter.Id}:{Number(week)}";

    public static string KeyResultsMissing(string managerId, Quarter quarter) => $"no-krs:{managerId}:{quarter.Id}";

    public static string StreamReviewPrompt(string streamId, string memberId) => $"stream:{streamId}:{memberId}";

    public static string StreamReviewSummary(string streamId) => $"stream-review:{streamId}";

    /// <summary>Named by the quarter planned, not the one reviewed: a member is asked once to plan each quarter.</summary>
    public static string PlanningPrompt(string memberId, Quarter planned) => $"planning:{memberId}:{planned.Id}";

    private static string Number(int week) => week.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
