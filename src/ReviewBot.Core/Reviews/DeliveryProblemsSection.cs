using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Reviews;

/// <summary>The part of a manager's week that says which of the bot's own messages did not arrive, and why.</summary>
public static class DeliveryProblemsSection
{
    /// <summary>The problems that belong to <paramref name="week"/>: its prompts, reminders and digest, and anything for the whole quarter.</summary>
    public static IReadOnlyList<DeliveryProblem> Of(IReadOnlyList<DeliveryProblem> problems, CheckInWeek week)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(week);
        return [.. problems.Where(p => p.WeekNumber is null || p.WeekNumber == week.Number)];
    }

    /// <summary>Null when everything arrived, so a clean week shows no empty section.</summary>
    public static Section? Build(IReadOnlyList<DeliveryProblem> problems, Team team, IReadOnlyList<Member> members, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(members);
        if (problems.Count == 0)
        {
            return null;
        }

        var facts = problems
            .OrderBy(p => p.MemberId is null ? 1 : 0)
            .ThenBy(p => p.Kind)
            .Select(p => new Fact(
                $"{(p.MemberId is null ? WeekStatusText.TeamChannel(culture, team.Name) : members.FirstOrDefault(m => m.Id == p.MemberId)?.Name ?? ReviewHeadings.FormerMember(culture))} — {KindName(p.Kind, culture)}",
                p.GaveUp ? WeekStatusText.GaveUp(culture, p.Reason)
                : p.Attempts == 1 ? WeekStatusText.RetryingAfterOneAttempt(culture, p.Reason)
                : WeekStatusText.Retrying(culture, p.Reason, p.Attempts)))
            .ToList();
        return Section.WithFacts(WeekStatusText.CouldNotReach(culture), facts);
    }

    public static string KindName(DeliveryKind kind, CultureInfo culture) => kind switch
    {
        DeliveryKind.WeeklyPrompt => WeekStatusText.WeeklyPrompt(culture),
        DeliveryKind.Reminder => WeekStatusText.Reminder(culture),
        DeliveryKind.RetrospectivePrompt => WeekStatusText.RetrospectivePrompt(culture),
        DeliveryKind.PlanningPrompt => WeekStatusText.PlanningPrompt(culture),
        DeliveryKind.QuarterReview => WeekStatusText.QuarterReviewPost(culture),
        DeliveryKind.WeeklyDigest => WeekStatusText.WeeklyDigestPost(culture),
        _ => kind.ToString(),
    };
}
