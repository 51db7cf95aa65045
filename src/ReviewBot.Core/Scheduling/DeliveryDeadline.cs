using ReviewBot.Core.Commands;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// When sending a delivery stops making sense: a week's prompt, reminder or digest once its week is over, a
/// retrospective prompt once the quarter's last week is, a planning prompt once the quarter's retrospective has closed
/// (the end of the next quarter's second week). A delivery still unsent then is given up on.
/// </summary>
public static class DeliveryDeadline
{
    /// <summary>
    /// The instant the delivery's week closes, in the member's zone (the team's for a channel post, or when the
    /// member's zone is unknown); null when nothing closes it (a quarter review) or it cannot be told.
    /// </summary>
    public static DateTimeOffset? ClosesAt(ScheduledDelivery delivery, Team team, Member? member)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(team);
        if (delivery.Quarter is not { } quarter)
        {
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(member?.TimeZoneId ?? team.TimeZoneId, out var zone)
            && !TimeZoneInfo.TryFindSystemTimeZoneById(team.TimeZoneId, out zone))
        {
            return null;
        }

        var weeks = team.Calendar.WeeksOf(quarter);
        if (weeks.Count == 0)
        {
            return null;
        }

        return delivery.Kind switch
        {
            DeliveryKind.WeeklyPrompt or DeliveryKind.Reminder or DeliveryKind.WeeklyDigest when delivery.WeekNumber is { } week && week >= 1 && week <= weeks.Count
                => weeks[week - 1].EndsAt(zone),
            DeliveryKind.RetrospectivePrompt => weeks[^1].EndsAt(zone),
            DeliveryKind.PlanningPrompt => LocalDay.StartsAt(CheckInCommands.RetrospectiveOpenUntil(team.Calendar, quarter).AddDays(1), zone),
            _ => null,
        };
    }

    /// <summary>True when the delivery's week has closed at <paramref name="now"/>.</summary>
    public static bool HasClosed(ScheduledDelivery delivery, Team team, Member? member, DateTimeOffset now) =>
        ClosesAt(delivery, team, member) is { } closes && now >= closes;
}
