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

    private const string ExampleDates = "2026-12-22..2027-01-02";

    private const string Example = $"review leave {ExampleDates}";

    public async Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<Speaker> memberships, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var clear = false;
        Member? person = null;
        var dates = new List<string>();
        foreach (var arg in args)
        {
            if (arg.ToLowerInvariant() is "clear" or "cancel" or "remove" or "delete")
            {
                clear = true;
            }
            else if (char.IsAsciiDigit(arg[0]) || arg.StartsWith("..", StringComparison.Ordinal))
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
                    $"I couldn't read '{arg}' in review leave: it is not a date or a person on {speaker.Team.Name}.",
                    $"Write {Example} for your own leave{(speaker.IsManager ? $", or review leave @name {ExampleDates} for a team member's" : "")}.");
            }
        }

        if (person is not null && person.Id != speaker.Member.Id && !speaker.IsManager)
        {
            return Replies.ManagersOnly("set or clear someone else's leave; write review leave with dates for your own");
        }

        var own = person is null || person.Id == speaker.Member.Id;
        if (clear)
        {
            return dates.Count > 0
                ? Replies.Say("review leave clear removes all of the leave; it takes no dates.", "Write review leave clear, then add the leave you still want.")
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
        if (!TryReadRange(text, out var first, out var last))
        {
            return Replies.Say(
                $"I couldn't read '{text}' as dates in review leave.",
                $"Write the first and last day away, both included, as year-month-day: {Example}, or one date for a single day.");
        }

        if (last < first)
        {
            return Replies.Say(
                $"That leave ends on {Iso(last)}, before it starts on {Iso(first)}.",
                $"Write the first day, then the last: review leave {Iso(last)}..{Iso(first)}.");
        }

        var days = last.DayNumber - first.DayNumber + 1;
        if (days > MaxDays)
        {
            return Replies.Say(
                $"That leave is {days} days long; I take at most a year at a time.",
                $"Check the years in the dates, or add the leave one year at a time: {Example}.");
        }

        var today = LocalDay.DateAt(speaker.Now, TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId));
        if (last < today)
        {
            return Replies.Say(
                $"That leave ended on {Iso(last)}, so it would change nothing.",
                $"Leave is for days from today ({Iso(today)}) on: {Example}.");
        }

        // Someone on several teams is away from all of them; a manager's entry is for their own team only.
        var members = other is null ? memberships.Select(m => m.Member).Where(m => m.WorkspaceId == member.WorkspaceId) : [member];
        foreach (var away in members)
        {
            await store.AddLeaveAsync(away.WorkspaceId, new Leave(away.Id, first, last), cancellationToken);
        }

        var who = other is null ? "you are" : $"{member.Name} is";
        return Replies.Say(
            $"Leave noted: {who} away from {Day(first, speaker.Culture)} to {Day(last, speaker.Culture)} ({days} {(days == 1 ? "day" : "days")}).",
            $"No check-in prompts or reminders on those days. Type review leave clear{(other is null ? "" : $" @{member.Name.Split(' ')[0]}")} to remove it.");
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

        var whose = other is null ? "Your" : $"{other.Name}'s";
        return had
            ? Replies.Say($"{whose} leave is cleared; check-in prompts and reminders go out as usual.")
            : Replies.Say($"{(other is null ? "You have" : $"{other.Name} has")} no leave to clear.", $"To add some, write {Example}.");
    }

    /// <summary>Current and upcoming leave: one person's, or for a manager who names nobody, the team's.</summary>
    private async Task<IReadOnlyList<Reply>> ListAsync(Speaker speaker, Member? person, CancellationToken cancellationToken)
    {
        var leaves = await store.LeavesAsync(speaker.Member.WorkspaceId, speaker.Team.Id, cancellationToken);
        var whose = person ?? (speaker.IsManager ? null : speaker.Member);
        var facts = leaves
            .Where(l => whose is null || l.MemberId == whose.Id)
            .Select(l => (Leave: l, Member: speaker.MemberById(l.MemberId)))
            .Where(x => x.Member is not null && x.Leave.LastDay >= LocalDay.DateAt(speaker.Now, TimeZoneInfo.FindSystemTimeZoneById(x.Member.TimeZoneId)))
            .Select(x => new Fact(x.Member!.Name, $"{Day(x.Leave.FirstDay, speaker.Culture)} to {Day(x.Leave.LastDay, speaker.Culture)}"))
            .ToList();
        var title = whose is null ? $"Leave on {speaker.Team.Name}" : whose.Id == speaker.Member.Id ? "Your leave" : $"{whose.Name}'s leave";
        if (facts.Count == 0)
        {
            return Replies.Say(
                whose is null ? $"Nobody on {speaker.Team.Name} has leave coming up." : whose.Id == speaker.Member.Id ? "You have no leave coming up." : $"{whose.Name} has no leave coming up.",
                $"Write {Example} to add some; no prompts or reminders go out on those days.");
        }

        return
        [
            new MessageReply
            {
                Headline = $"{title}, today and coming up",
                Sections = [Section.WithFacts(null, facts)],
                Context = ["No check-in prompts or reminders go out on these days. Type review leave clear to remove leave."],
            },
        ];
    }

    /// <summary>"2026-12-22..2027-01-02", or one date for a single day.</summary>
    private static bool TryReadRange(string text, out DateOnly first, out DateOnly last)
    {
        var parts = text.Split("..");
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
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date, CultureInfo culture) => DateText.DayInYear(date, culture);
}
