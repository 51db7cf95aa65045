using ReviewBot.Core.Commands;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// Who is asked to plan next quarter, and when, as the team is set (<see cref="Team.PlanningPrompt"/>): each active
/// member once their retrospective of the quarter is recorded, or in the quarter's last week at the instant their
/// retrospective prompt goes (members owning key results in it), or never. Once per member and quarter planned, never
/// to a member who has proposed already (and was not sent back), and only while the quarter's retrospective is open:
/// after that, <c>review plan</c> plans the quarter after, and a late prompt would ask for the wrong one. Pure, like
/// the rest of <see cref="DeliveryPlanner"/>.
/// </summary>
public static class PlanningPrompts
{
    /// <summary>
    /// The days, on a member's own calendar, a quarter's retrospective is open and so the prompt to plan the quarter after
    /// it may go: from the quarter's second-to-last week to the end of the next quarter's second week.
    /// </summary>
    public static (DateOnly From, DateOnly Until) Window(FiscalCalendar calendar, Quarter reviewed)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return (CheckInCommands.RetrospectiveOpensOn(calendar, reviewed), CheckInCommands.RetrospectiveOpenUntil(calendar, reviewed));
    }

    public static void Add(TeamSnapshot snapshot, DateTimeOffset now, List<DueDelivery> due)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(due);
        var team = snapshot.Team;
        if (team.PlanningPrompt == PlanningPrompt.Off)
        {
            return;
        }

        foreach (var member in snapshot.Members.Where(m => m.Active && string.Equals(m.TeamId, team.Id, StringComparison.Ordinal)))
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId);
            var today = LocalDay.DateAt(now, zone);
            var current = team.Calendar.QuarterOf(today);

            // The quarter ending (its last weeks) or just ended (the new one's first weeks): at most one is still open.
            foreach (var reviewed in new[] { current, current.Previous() })
            {
                if (Due(snapshot, member, reviewed, zone, today, now) is { } delivery)
                {
                    due.Add(delivery);
                }
            }
        }
    }

    private static DueDelivery? Due(TeamSnapshot snapshot, Member member, Quarter reviewed, TimeZoneInfo zone, DateOnly today, DateTimeOffset now)
    {
        var team = snapshot.Team;
        var planned = reviewed.Next();
        var key = DeliveryKeys.PlanningPrompt(member.Id, planned);
        var (_, openUntil) = Window(team.Calendar, reviewed);
        if (today > openUntil || snapshot.Delivered.ContainsKey(key) || snapshot.PlanProposers(planned).Contains(member.Id))
        {
            return null;
        }

        var asked = team.PlanningPrompt switch
        {
            PlanningPrompt.AfterRetrospective => snapshot.RetrospectivesRecorded(reviewed).TryGetValue(member.Id, out var recorded)
                ? new Asked(LocalDay.DateAt(recorded, zone), recorded)
                : null,
            PlanningPrompt.LastWeek => InLastWeek(snapshot, member, reviewed, zone),
            _ => null,
        };
        if (asked is null || SlotAt(team, member, asked, zone, today, openUntil, snapshot.Leaves) is not { } at || now < at)
        {
            return null;
        }

        return new DueDelivery
        {
            Kind = DeliveryKind.PlanningPrompt,
            Key = key,
            WorkspaceId = team.WorkspaceId,
            TeamId = team.Id,
            MemberId = member.Id,
            // The quarter reviewed, whose retrospective window bounds the prompt: the key names the one planned.
            Quarter = reviewed,
            DueAt = at,
        };
    }

    /// <summary>
    /// The retrospective prompt's day and time in the quarter's last week, leave aside (leave is <see cref="SlotAt"/>'s).
    /// A last week of holidays only has no such day: then the first working day after it.
    /// </summary>
    private static Asked? InLastWeek(TeamSnapshot snapshot, Member member, Quarter reviewed, TimeZoneInfo zone)
    {
        if (!snapshot.KeyResultOwners(reviewed).Contains(member.Id))
        {
            return null;
        }

        var team = snapshot.Team;
        var lastWeek = team.Calendar.WeeksOf(reviewed)[^1];
        return DeliveryPlanner.PromptDay(team, member, lastWeek, []) is { } day
            ? new Asked(day, LocalDay.At(day, team.CheckIn.Time, zone))
            : new Asked(lastWeek.FirstDay, Exactly: null);
    }

    /// <summary>
    /// When the prompt goes, as seen on <paramref name="today"/>: at the instant asked, unless that day or a day since is
    /// one of the member's leave; then on the first working day back, at the team's check-in time, as a prompt comes
    /// after a holiday. Null when no such instant has come by today within the retrospective window.
    /// </summary>
    private static DateTimeOffset? SlotAt(Team team, Member member, Asked asked, TimeZoneInfo zone, DateOnly today, DateOnly openUntil, IReadOnlyList<Leave> leaves)
    {
        DateTimeOffset? slot = null;
        var waitsForWorkingDay = asked.Exactly is null;
        for (var day = asked.Day; day <= today && day <= openUntil; day = day.AddDays(1))
        {
            if (leaves.Any(l => l.Covers(member.Id, day)))
            {
                slot = null;
                waitsForWorkingDay = true;
            }
            else if (slot is null)
            {
                slot = !waitsForWorkingDay ? asked.Exactly
                    : DeliveryPlanner.IsWorkingDay(team, member, day) ? LocalDay.At(day, team.CheckIn.Time, zone)
                    : null;
            }
        }

        return slot;
    }

    /// <summary>The day the setting asks for the prompt, and the instant (null: the first working day from then, at check-in time).</summary>
    private sealed record Asked(DateOnly Day, DateTimeOffset? Exactly);
}
