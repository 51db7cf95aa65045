using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// Decides what a team is owed at an instant: prompts, reminders, the retrospective, the quarter
/// review, the digest, its live streams' reviews (<see cref="StreamDeliveries"/>) and the prompts to plan next quarter (<see cref="PlanningPrompts"/>). Pure: the same snapshot and instant always give the same list, and
/// nothing already in <see cref="TeamSnapshot.Delivered"/> is ever due again. Every rule is "due
/// from an instant until the period closes", not "due at an instant", so a tick that comes late
/// (host down, job retried) still delivers within the period and never in the next one.
/// </summary>
public static class DeliveryPlanner
{
    /// <summary>How long after the quarter's first working day a manager is still told who owns no key results.</summary>
    public static readonly TimeSpan KeyResultsMissingWindow = TimeSpan.FromDays(14);

    public static IReadOnlyList<DueDelivery> Due(TeamSnapshot snapshot, DateTimeOffset now, ScheduleRules rules)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(rules);

        var team = snapshot.Team;
        var due = new List<DueDelivery>();
        foreach (var member in snapshot.Members)
        {
            if (member.Active && string.Equals(member.TeamId, team.Id, StringComparison.Ordinal))
            {
                AddMemberDeliveries(snapshot, member, now, rules, due);
            }
        }

        var teamZone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        AddQuarterStart(snapshot, teamZone, now, rules, due);
        if (rules.WeeklyDigest)
        {
            AddDigest(team, teamZone, now, rules, snapshot.Delivered, due);
        }

        StreamDeliveries.Add(snapshot, now, due);
        PlanningPrompts.Add(snapshot, now, due);

        return [.. due.OrderBy(d => d.DueAt).ThenBy(d => d.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The local day a member's prompt goes out in <paramref name="week"/>, or null when the week has
    /// none for them (a stub first week without the check-in day, holidays to its end, leave).
    /// </summary>
    public static DateOnly? PromptDay(Team team, Member member, CheckInWeek week, IReadOnlyList<Leave> leaves)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(leaves);

        // Weeks are Monday to Sunday, cut at the quarter's edges. The check-in day of the calendar
        // week may fall outside a cut week: before a stub first week there is no prompt (the quarter
        // has barely begun and the retrospective just went out); after a stub last week the prompt
        // goes on its first day instead, because that week carries the retrospective, which must not
        // be lost.
        var monday = week.FirstDay.AddDays(-(((int)week.FirstDay.DayOfWeek + 6) % 7));
        var day = monday.AddDays(((int)team.CheckIn.Day + 6) % 7);
        if (day < week.FirstDay)
        {
            return null;
        }

        if (day > week.LastDay)
        {
            day = week.FirstDay;
        }

        // A weekend or a public holiday in the member's market moves it to the next working day,
        // but never out of the week: that week's answer would then belong to the next.
        while (day <= week.LastDay && !IsWorkingDay(team, member, day))
        {
            day = day.AddDays(1);
        }

        if (day > week.LastDay || leaves.Any(l => l.Covers(member.Id, day)))
        {
            return null;
        }

        return day;
    }

    private static void AddMemberDeliveries(TeamSnapshot snapshot, Member member, DateTimeOffset now, ScheduleRules rules, List<DueDelivery> due)
    {
        var team = snapshot.Team;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId);
        var today = LocalDay.DateAt(now, zone);
        var week = team.Calendar.WeekOf(today);
        var quarter = week.Quarter;
        if (!snapshot.KeyResultOwners(quarter).Contains(member.Id))
        {
            return;
        }

        var weekEnds = week.EndsAt(zone);
        var lastWeek = week.Number == team.Calendar.WeeksOf(quarter).Count;
        var promptKey = lastWeek
            ? DeliveryKeys.Retrospective(member.Id, quarter)
            : DeliveryKeys.Prompt(member.Id, quarter, week.Number);

        if (!snapshot.Delivered.ContainsKey(promptKey)
            && PromptDay(team, member, week, snapshot.Leaves) is { } promptDay
            && LocalDay.At(promptDay, team.CheckIn.Time, zone) is var promptAt
            && now >= promptAt && now < weekEnds)
        {
            due.Add(new DueDelivery
            {
                Kind = lastWeek ? DeliveryKind.RetrospectivePrompt : DeliveryKind.WeeklyPrompt,
                Key = promptKey,
                WorkspaceId = team.WorkspaceId,
                TeamId = team.Id,
                MemberId = member.Id,
                Quarter = quarter,
                WeekNumber = lastWeek ? null : week.Number,
                DueAt = promptAt,
            });
        }

        // The delay counts from when the prompt was really sent, so a prompt that went out late
        // (host down) is not chased minutes after it arrived.
        var reminderKey = DeliveryKeys.Reminder(member.Id, quarter, week.Number);
        if (snapshot.Delivered.TryGetValue(promptKey, out var promptSent)
            && !snapshot.Delivered.ContainsKey(reminderKey)
            && !CheckedIn(snapshot, member.Id, quarter, week.Number)
            && ReminderAt(team, member, week, zone, promptSent + rules.ReminderDelay, snapshot.Leaves) is { } reminderAt
            && now >= reminderAt && now < weekEnds
            && IsWorkingDay(team, member, today) && !snapshot.Leaves.Any(l => l.Covers(member.Id, today)))
        {
            due.Add(new DueDelivery
            {
                Kind = DeliveryKind.Reminder,
                Key = reminderKey,
                WorkspaceId = team.WorkspaceId,
                TeamId = team.Id,
                MemberId = member.Id,
                Quarter = quarter,
                WeekNumber = week.Number,
                DueAt = reminderAt,
            });
        }
    }

    /// <summary>
    /// The reminder goes at prompt + delay; when that falls on a weekend, holiday or leave day it
    /// moves to the next day the member works, at the same wall-clock time, so that nobody is
    /// nudged at midnight because the day before was a holiday.
    /// </summary>
    private static DateTimeOffset? ReminderAt(Team team, Member member, CheckInWeek week, TimeZoneInfo zone, DateTimeOffset earliest, IReadOnlyList<Leave> leaves)
    {
        var local = TimeZoneInfo.ConvertTime(earliest, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var first = day;
        while (day <= week.LastDay && (!IsWorkingDay(team, member, day) || leaves.Any(l => l.Covers(member.Id, day))))
        {
            day = day.AddDays(1);
        }

        if (day > week.LastDay)
        {
            return null;
        }

        return day == first ? earliest : LocalDay.At(day, TimeOnly.FromDateTime(local.DateTime), zone);
    }

    private static void AddQuarterStart(TeamSnapshot snapshot, TimeZoneInfo teamZone, DateTimeOffset now, ScheduleRules rules, List<DueDelivery> due)
    {
        // Only the most recent ended quarter: a team set up mid-year, or a host back after months,
        // is not flooded with reviews of quarters nobody is waiting for any more. A quarter without key
        // results (the team started with this one) has nothing to review.
        var team = snapshot.Team;
        var current = team.Calendar.QuarterAt(now, teamZone);
        var ended = current.Previous();
        var key = DeliveryKeys.Review(team.Id, ended);
        // The first day of the new quarter the team works: weekends and the team's public holidays (its own
        // market's, or those every member has) are skipped, so 1 January is never the review's day.
        var members = snapshot.Members.Where(m => m.Active && string.Equals(m.TeamId, team.Id, StringComparison.Ordinal)).ToList();
        var day = team.Calendar.FirstDayOf(current);
        for (var tries = 0; tries < 31 && !team.IsWorkingDay(day, members); tries++)
        {
            day = day.AddDays(1);
        }

        var dueAt = LocalDay.At(day, rules.ReviewPostTime, teamZone);
        // The notice is news at the quarter's start; a host first started (or back) weeks later does not send it.
        if (now >= dueAt && now < dueAt + KeyResultsMissingWindow)
        {
            AddKeyResultsMissing(snapshot, members, current, dueAt, due);
        }

        if (now >= dueAt && !snapshot.Delivered.ContainsKey(key) && snapshot.KeyResultOwners(ended).Count > 0)
        {
            due.Add(new DueDelivery
            {
                Kind = DeliveryKind.QuarterReview,
                Key = key,
                WorkspaceId = team.WorkspaceId,
                TeamId = team.Id,
                Quarter = ended,
                DueAt = dueAt,
            });
        }
    }

    /// <summary>
    /// When the quarter's first working day comes and members (managers aside) own no key results in it, so they
    /// will not be prompted, each manager of the team is told once, rather than the prompts silently not coming.
    /// </summary>
    private static void AddKeyResultsMissing(TeamSnapshot snapshot, IReadOnlyList<Member> members, Quarter quarter, DateTimeOffset dueAt, List<DueDelivery> due)
    {
        var owners = snapshot.KeyResultOwners(quarter);
        if (members.All(m => m.IsManager || owners.Contains(m.Id)))
        {
            return;
        }

        foreach (var manager in members.Where(m => m.IsManager))
        {
            var key = DeliveryKeys.KeyResultsMissing(manager.Id, quarter);
            if (!snapshot.Delivered.ContainsKey(key))
            {
                due.Add(new DueDelivery
                {
                    Kind = DeliveryKind.KeyResultsMissing,
                    Key = key,
                    WorkspaceId = snapshot.Team.WorkspaceId,
                    TeamId = snapshot.Team.Id,
                    MemberId = manager.Id,
                    Quarter = quarter,
                    DueAt = dueAt,
                });
            }
        }
    }

    private static void AddDigest(Team team, TimeZoneInfo teamZone, DateTimeOffset now, ScheduleRules rules, IReadOnlyDictionary<string, DateTimeOffset> delivered, List<DueDelivery> due)
    {
        var week = team.Calendar.WeekAt(now, teamZone);
        var key = DeliveryKeys.Digest(team.Id, week.Quarter, week.Number);
        if (delivered.ContainsKey(key))
        {
            return;
        }

        // A stub week without the digest day has no digest; the next week's covers it.
        var monday = week.FirstDay.AddDays(-(((int)week.FirstDay.DayOfWeek + 6) % 7));
        var day = monday.AddDays(((int)rules.DigestDay + 6) % 7);
        if (!week.Contains(day))
        {
            return;
        }

        var dueAt = LocalDay.At(day, rules.DigestTime, teamZone);
        if (now >= dueAt && now < week.EndsAt(teamZone))
        {
            due.Add(new DueDelivery
            {
                Kind = DeliveryKind.WeeklyDigest,
                Key = key,
                WorkspaceId = team.WorkspaceId,
                TeamId = team.Id,
                Quarter = week.Quarter,
                WeekNumber = week.Number,
                DueAt = dueAt,
            });
        }
    }

    private static bool CheckedIn(TeamSnapshot snapshot, string memberId, Quarter quarter, int week) =>
        snapshot.CheckIns.Any(c => c.Quarter == quarter && c.WeekNumber == week && string.Equals(c.AuthorMemberId, memberId, StringComparison.Ordinal));

    internal static bool IsWorkingDay(Team team, Member member, DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !team.IsHoliday(member.Market, day);
}
