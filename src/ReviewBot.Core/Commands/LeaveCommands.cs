using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Commands;

/// <summary>
/// <c>review leave</c>: days a member is away, on which the scheduler neither prompts nor reminds them.
/// Anyone sets their own; a manager also sets a team member's.
/// </summary>
internal sealed class LeaveCommands(ILeaveCalendar store)
{
    /// <summary>Longer than this is more likely a mistyped year than a leave.</summary>
    private const int MaxDays = 366;

    public async Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<Speaker> memberships, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var clear = false;
        Member? person = null;
        var dates = new List<string>();
        foreach (var arg in args)
        {
            if (ArgumentWords.IsClear(arg))
            {
                clear = true;
            }
            else if (ArgumentWords.IsRangeJoin(arg))
            {
                // "2026-12-22 至 2027-01-02": the word between the days reads as "..".
                dates.Add("..");
            }
            else if (char.IsAsciiDigit(arg[0]) || arg.StartsWith("..", StringComparison.Ordinal) || ArgumentWords.DayJoins.Any(j => arg.StartsWith(j, StringComparison.Ordinal)))
            {
                dates.Add(arg);
            }
            else if (ReviewCommands.FindPerson(speaker, arg) is { } found && person is null)
            {
                person = found;
            }
            else
            {
                return Replies.Say(
                    LeaveText.LeaveArgumentUnread(speaker.Culture, arg, speaker.Team.Name),
                    speaker.IsManager ? LeaveText.LeaveHowToForManager(speaker.Culture) : LeaveText.LeaveHowToForMember(speaker.Culture));
            }
        }

        if (person is not null && person.Id != speaker.Member.Id && !speaker.IsManager)
        {
            return Replies.ManagersOnly(LeaveText.ManagersOnlySetOthersLeave(speaker.Culture), speaker.Culture);
        }

        var own = person is null || person.Id == speaker.Member.Id;
        if (clear)
        {
            return dates.Count > 0
                ? Replies.Say(LeaveText.ClearTakesNoDates(speaker.Culture), LeaveText.ClearTakesNoDatesHowTo(speaker.Culture))
                : await ClearAsync(speaker, memberships, own ? null : person!, cancellationToken);
        }

        if (dates.Count == 0)
        {
            return await ListAsync(speaker, own && person is not null ? speaker.Member : person, cancellationToken);
        }

        return await AddAsync(speaker, memberships, own ? null : person!, string.Concat(dates), cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> AddAsync(Speaker speaker, IReadOnlyList<Speaker> memberships, Member? other, string text, CancellationToken cancellationToken)
    {
        var member = other ?? speaker.Member;
        var culture = speaker.Culture;
        if (!TryReadRange(text, out var first, out var last))
        {
            return Replies.Say(LeaveText.DatesUnread(culture, text), LeaveText.DatesHowTo(culture));
        }

        if (last < first)
        {
            return Replies.Say(LeaveText.EndsBeforeStart(culture, Iso(last), Iso(first)), LeaveText.EndsBeforeStartHowTo(culture, Iso(last), Iso(first)));
        }

        var days = last.DayNumber - first.DayNumber + 1;
        if (days > MaxDays)
        {
            return Replies.Say(LeaveText.TooLong(culture, days), LeaveText.TooLongHowTo(culture));
        }

        var today = LocalDay.DateAt(speaker.Now, TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId));
        if (last < today)
        {
            return Replies.Say(LeaveText.AlreadyEnded(culture, Iso(last)), LeaveText.AlreadyEndedHowTo(culture, Iso(today)));
        }

        // Someone on several teams is away from all of them; a manager's entry is for their own team only.
        var members = other is null ? memberships.Select(m => m.Member).Where(m => m.WorkspaceId == member.WorkspaceId) : [member];
        foreach (var away in members)
        {
            await store.AddLeaveAsync(away.WorkspaceId, new Leave(away.Id, first, last), cancellationToken);
        }

        var (from, to) = (Day(first, culture), Day(last, culture));
        var noted = (other, days) switch
        {
            (null, 1) => LeaveText.YourLeaveNotedOneDay(culture, from, to),
            (null, _) => LeaveText.YourLeaveNoted(culture, from, to, days),
            (_, 1) => LeaveText.MemberLeaveNotedOneDay(culture, member.Name, from, to),
            _ => LeaveText.MemberLeaveNoted(culture, member.Name, from, to, days),
        };
        return Replies.Say(
            noted,
            other is null ? LeaveText.YourLeaveNotedHowToClear(culture) : LeaveText.MemberLeaveNotedHowToClear(culture, member.Name.Split(' ')[0]));
    }

    private async Task<IReadOnlyList<Reply>> ClearAsync(Speaker speaker, IReadOnlyList<Speaker> memberships, Member? other, CancellationToken cancellationToken)
    {
        var members = other is null ? memberships.Select(m => m.Member).Where(m => m.WorkspaceId == speaker.Member.WorkspaceId).ToList() : [other];
        var had = false;
        foreach (var team in members.GroupBy(m => m.TeamId))
        {
            var leaves = await store.LeavesAsync(speaker.Member.WorkspaceId, team.Key, cancellationToken);
            had |= leaves.Any(l => team.Any(m => m.Id == l.MemberId));
        }

        foreach (var member in members)
        {
            await store.RemoveLeavesAsync(member.WorkspaceId, member.Id, cancellationToken);
        }

        var culture = speaker.Culture;
        return had
            ? Replies.Say(other is null ? LeaveText.YourLeaveCleared(culture) : LeaveText.MemberLeaveCleared(culture, other.Name))
            : Replies.Say(other is null ? LeaveText.YouHaveNoLeaveToClear(culture) : LeaveText.MemberHasNoLeaveToClear(culture, other.Name), LeaveText.HowToAddLeave(culture));
    }

    /// <summary>Current and upcoming leave: one person's, or for a manager who names nobody, the team's.</summary>
    private async Task<IReadOnlyList<Reply>> ListAsync(Speaker speaker, Member? person, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var leaves = await store.LeavesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, cancellationToken);
        var whose = person ?? (speaker.IsManager ? null : speaker.Member);
        var facts = leaves
            .Where(l => whose is null || l.MemberId == whose.Id)
            .Select(l => (Leave: l, Member: speaker.MemberById(l.MemberId)))
            .Where(x => x.Member is not null && x.Leave.LastDay >= LocalDay.DateAt(speaker.Now, TimeZoneInfo.FindSystemTimeZoneById(x.Member.TimeZoneId)))
            .Select(x => new Fact(x.Member!.Name, LeaveText.LeaveDays(culture, Day(x.Leave.FirstDay, culture), Day(x.Leave.LastDay, culture))))
            .ToList();
        if (facts.Count == 0)
        {
            return Replies.Say(
                whose is null ? LeaveText.NoTeamLeave(culture, speaker.Team.Name) : whose.Id == speaker.Member.Id ? LeaveText.NoLeaveOfYours(culture) : LeaveText.NoMemberLeave(culture, whose.Name),
                LeaveText.HowToAddLeaveNoPrompts(culture));
        }

        return
        [
            new MessageReply
            {
                Headline = whose is null ? LeaveText.TeamLeaveHeadline(culture, speaker.Team.Name) : whose.Id == speaker.Member.Id ? LeaveText.YourLeaveHeadline(culture) : LeaveText.MemberLeaveHeadline(culture, whose.Name),
                Sections = [Section.WithFacts(null, facts)],
                Context = [LeaveText.LeaveListNote(culture)],
            },
        ];
    }

    /// <summary>
    /// "2026-12-22..2027-01-02", or one date for a single day; the days also as Chinese write them
    /// ("2026年12月22日") and joined by 至, 到 or a tilde.
    /// </summary>
    private static bool TryReadRange(string text, out DateOnly first, out DateOnly last)
    {
        var parts = ArgumentWords.DayJoins.Aggregate(text, (joined, join) => joined.Replace(join, "..", StringComparison.Ordinal)).Split("..");
        last = default;
        if (!TryReadDay(parts[0], out first) || parts.Length > 2)
        {
            return false;
        }

        if (parts.Length == 1)
        {
            last = first;
            return true;
        }

        return TryReadDay(parts[1], out last);
    }

    private static bool TryReadDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date, CultureInfo culture) => DateText.DayInYear(date, culture);
}
