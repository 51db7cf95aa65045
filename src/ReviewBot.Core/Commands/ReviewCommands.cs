using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Reviews;

namespace ReviewBot.Core.Commands;

/// <summary><c>review me</c>, <c>review week</c>, <c>review quarter</c> and <c>review remind</c>.</summary>
internal sealed class ReviewCommands(IReviewStore store, ReviewSharing sharing, RemindRules remind)
{
    public async Task<IReadOnlyList<Reply>> MeAsync(Speaker speaker, CancellationToken cancellationToken)
    {
        var data = await QuarterData.LoadAsync(store, speaker.Team, speaker.TeamMembers, speaker.Quarter, cancellationToken);
        var report = MyKeyResultsReport.Build(data, speaker.Member, speaker.Week.Number, speaker.Culture);
        // Someone with no key results is told who adds them: a manager does it themselves.
        return [report.Sections.Count == 0 ? report with { Context = [Replies.HowKeyResultsAreAdded(speaker)] } : report];
    }

    public async Task<IReadOnlyList<Reply>> WeekAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Replies.ManagersOnly(ReviewCommandText.ManagersOnlySeeTheWeek(speaker.Culture), speaker.Culture);
        }

        if (args.Count > 0)
        {
            return Replies.Say(ReviewCommandText.WeekArgumentsUnread(speaker.Culture, string.Join(' ', args)), ReviewCommandText.WeekArgumentsHowTo(speaker.Culture));
        }

        var data = await QuarterData.LoadAsync(store, speaker.Team, speaker.TeamMembers, speaker.Quarter, cancellationToken);
        var leaves = await store.LeavesAsync(speaker.Team.WorkspaceId, speaker.Team.Id, cancellationToken);
        var problems = await store.DeliveryProblemsAsync(speaker.Team.WorkspaceId, speaker.Team.Id, speaker.Quarter, cancellationToken);
        if (speaker.Week.Number <= 2)
        {
            // The quarter that just ended still has its retrospective prompts and its review post in flight.
            problems = [.. problems, .. (await store.DeliveryProblemsAsync(speaker.Team.WorkspaceId, speaker.Team.Id, speaker.Quarter.Previous(), cancellationToken)).Where(p => p.WeekNumber is null)];
        }

        return [WeekStatusReport.Build(data, speaker.Week, speaker.Culture, leaves, problems)];
    }

    public async Task<IReadOnlyList<Reply>> QuarterAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var quarter = speaker.Quarter;
        Member? person = null;
        var post = false;
        ReviewExportFormat? export = null;
        foreach (var arg in args)
        {
            if (ArgumentWords.IsPost(arg))
            {
                post = true;
            }
            else if (arg.ToLowerInvariant() is "csv")
            {
                export = ReviewExportFormat.Csv;
            }
            else if (arg.ToLowerInvariant() is "xlsx" or "excel")
            {
                export = ReviewExportFormat.Xlsx;
            }
            else if (ArgumentWords.IsLastQuarter(arg))
            {
                quarter = speaker.Quarter.Previous();
            }
            else if (ArgumentWords.IsThisQuarter(arg))
            {
                quarter = speaker.Quarter;
            }
            else if (Quarter.TryParse(arg, out var named))
            {
                quarter = named;
            }
            else if (FindPerson(speaker, arg) is { } found)
            {
                person = found;
            }
            else
            {
                return Replies.Say(
                    ReviewCommandText.QuarterArgumentUnread(speaker.Culture, arg, speaker.Team.Name),
                    ReviewCommandText.QuarterArgumentHowTo(speaker.Culture));
            }
        }

        if (post && export is not null)
        {
            return Replies.Say(ReviewCommandText.QuarterPostOrExport(speaker.Culture), ReviewCommandText.QuarterPostOrExportHowTo(speaker.Culture));
        }

        if (!speaker.IsManager)
        {
            if (post || (person is not null && person.Id != speaker.Member.Id))
            {
                var refusal = post ? ReviewCommandText.ManagersOnlyPostTheQuarterReview(speaker.Culture) : ReviewCommandText.ManagersOnlySeeAnotherPersonsReview(speaker.Culture);
                return Replies.ManagersOnly(refusal, speaker.Culture);
            }

            person = speaker.Member;
        }

        if (quarter > speaker.Quarter)
        {
            return Replies.Say(ReviewCommandText.QuarterNotStarted(speaker.Culture, quarter.ToString(), speaker.Quarter.ToString()));
        }

        var (data, previous) = await QuarterData.LoadForReviewAsync(store, speaker.Team, quarter, cancellationToken);
        var review = Reviews.Model.QuarterReview.Build(data, person, speaker.Now, previous);
        if (export is { } format)
        {
            // A spreadsheet read privately follows its reader, like the review itself.
            return [await sharing.ExportAsync(review, speaker.Culture, format, cancellationToken)];
        }

        // Posted to the channel, the review is the team's document, in the team's language; read privately, the reader's.
        var culture = post ? ChannelCulture.For(speaker.Team) : speaker.Culture;
        var message = await sharing.ReviewAsync(review, culture, toChannel: post, cancellationToken);
        return [post ? message with { Audience = ReplyAudience.Channel } : message];
    }

    public async Task<IReadOnlyList<Reply>> RemindAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (!speaker.IsManager)
        {
            return Replies.ManagersOnly(ReviewCommandText.ManagersOnlyNudgeTheTeam(speaker.Culture), speaker.Culture);
        }

        if (args.Count > 0)
        {
            return Replies.Say(ReviewCommandText.RemindArgumentsUnread(speaker.Culture, string.Join(' ', args)), ReviewCommandText.RemindArgumentsHowTo(speaker.Culture));
        }

        var data = await QuarterData.LoadAsync(store, speaker.Team, speaker.TeamMembers, speaker.Quarter, cancellationToken);
        var missing = WeekStatusReport.NotCheckedIn(data, speaker.Week).Where(m => m.Id != speaker.Member.Id).ToList();
        // Nobody is nudged on a public holiday in their own market, on their own calendar day.
        string? HolidayToday(Member m) => speaker.Team.Holidays.FirstOrDefault(h =>
            string.Equals(h.Market, m.Market, StringComparison.OrdinalIgnoreCase)
            && h.Date == LocalDay.DateAt(speaker.Now, TimeZoneInfo.FindSystemTimeZoneById(m.TimeZoneId)))?.Name;
        var onHoliday = missing.Where(m => HolidayToday(m) is not null).ToList();
        // Nor anyone on leave today, as the scheduler would not remind them either.
        var leaves = await store.LeavesAsync(speaker.Team.WorkspaceId, speaker.Team.Id, cancellationToken);
        Scheduling.Leave? LeaveToday(Member m) => leaves.FirstOrDefault(l => l.Covers(m.Id, LocalDay.DateAt(speaker.Now, TimeZoneInfo.FindSystemTimeZoneById(m.TimeZoneId))));
        var onLeave = missing.Except(onHoliday).Where(m => LeaveToday(m) is not null).ToList();
        var candidates = missing.Except(onHoliday).Except(onLeave).ToList();
        if (missing.Count == 0)
        {
            return Replies.Say(ReviewCommandText.EveryoneCheckedIn(speaker.Culture, speaker.Team.Name, speaker.Week.Number));
        }

        // Each nudge is recorded before it goes: a replayed or repeated remind finds it and skips the member.
        var nudged = new List<Member>();
        var recently = new List<(Member Member, DateTimeOffset At)>();
        foreach (var member in candidates)
        {
            if (await store.RecordUnlessRecentAsync(speaker.Team.WorkspaceId, member.Id, speaker.Member.Id, speaker.Now, remind.CoolDown, cancellationToken) is { } earlier)
            {
                recently.Add((member, earlier));
            }
            else
            {
                nudged.Add(member);
            }
        }

        var replies = new List<Reply>();
        foreach (var member in nudged)
        {
            // The nudge is the member's to read, in their language, whoever asked for it.
            var theirs = CultureInfo.GetCultureInfo(member.Locale);
            replies.Add(new MessageReply
            {
                Headline = ReviewCommandText.NudgeHeadline(theirs, CheckInPrompt.FirstName(member), speaker.Week.Number),
                Sections = [Section.Paragraph(ReviewCommandText.NudgeBody(theirs, speaker.Member.Name))],
                Buttons = CheckInPrompt.Buttons(theirs),
                ToMemberId = member.Id,
            });
        }

        var culture = speaker.Culture;
        var checkedIn = speaker.TeamMembers.Where(m => m.Id != speaker.Member.Id && !missing.Contains(m)).Select(m => m.Name).ToList();
        var context = (checkedIn.Count == 0 ? Array.Empty<string>() : [ReviewCommandText.AlreadyCheckedInNotNudged(culture, ReaderPunctuation.Names(checkedIn, culture))])
            .Concat(onHoliday.Select(m => ReviewCommandText.HolidayNotNudged(culture, m.Name, HolidayToday(m)!)))
            .Concat(onLeave.Select(m => ReviewCommandText.OnLeaveNotNudged(culture, m.Name, Values.DateText.Day(LeaveToday(m)!.LastDay, culture))))
            .Concat(recently.Select(r => NudgedRecently(speaker, r.Member, r.At)))
            .ToArray();
        replies.Add(new MessageReply
        {
            Headline = nudged.Count switch
            {
                0 => ReviewCommandText.NobodyNudged(culture),
                1 => ReviewCommandText.NudgedOnePerson(culture, nudged[0].Name),
                _ => ReviewCommandText.NudgedPeople(culture, nudged.Count, ReaderPunctuation.Names(nudged.Select(m => m.Name), culture)),
            },
            Context = context,
        });
        return replies;
    }

    /// <summary>
    /// Someone skipped because they were nudged lately: how long ago ("just now", "25 min ago", "3 h ago"), and
    /// when the next nudge may go, in the manager's own zone ("16:00 today", or the day and time when it is another day).
    /// </summary>
    private string NudgedRecently(Speaker speaker, Member member, DateTimeOffset earlier)
    {
        var culture = speaker.Culture;
        var since = speaker.Now - earlier;
        var next = TimeZoneInfo.ConvertTime(earlier + remind.CoolDown, speaker.Zone);
        var time = next.ToString("HH:mm", CultureInfo.InvariantCulture);
        var nextDay = DateOnly.FromDateTime(next.DateTime);
        if (nextDay == LocalDay.DateAt(speaker.Now, speaker.Zone))
        {
            return since switch
            {
                { TotalMinutes: < 1 } => ReviewCommandText.NudgedJustNowNextToday(culture, member.Name, time),
                { TotalHours: < 1 } => ReviewCommandText.NudgedMinutesAgoNextToday(culture, member.Name, (int)since.TotalMinutes, time),
                _ => ReviewCommandText.NudgedHoursAgoNextToday(culture, member.Name, (int)since.TotalHours, time),
            };
        }

        var day = Values.DateText.Weekday(nextDay, culture);
        return since switch
        {
            { TotalMinutes: < 1 } => ReviewCommandText.NudgedJustNowNextOnDay(culture, member.Name, time, day),
            { TotalHours: < 1 } => ReviewCommandText.NudgedMinutesAgoNextOnDay(culture, member.Name, (int)since.TotalMinutes, time, day),
            _ => ReviewCommandText.NudgedHoursAgoNextOnDay(culture, member.Name, (int)since.TotalHours, time, day),
        };
    }

    /// <summary>A person named as "@Andy", "Andy Miller", an e-mail, or a Slack mention "&lt;@U0ANDY&gt;".</summary>
    internal static Member? FindPerson(Speaker speaker, string text)
    {
        var name = text.Trim().TrimStart('@');
        if (name.StartsWith("<@", StringComparison.Ordinal) && name.EndsWith('>'))
        {
            var id = name[2..^1].Split('|')[0];
            // Slack writes a mention as <@U…>; the Teams adapter writes a mentioned member as <@their Entra id>.
            return speaker.TeamMembers.FirstOrDefault(m => m.SlackUserId == id)
                ?? speaker.TeamMembers.FirstOrDefault(m => string.Equals(m.TeamsUserId, id, StringComparison.OrdinalIgnoreCase));
        }

        name = name.TrimStart('@');
        return speaker.TeamMembers.FirstOrDefault(m => string.Equals(m.Email, name, StringComparison.OrdinalIgnoreCase))
            ?? speaker.TeamMembers.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? speaker.TeamMembers.SingleOrDefaultIfUnique(m => string.Equals(m.Name.Split(' ')[0], name, StringComparison.OrdinalIgnoreCase));
    }
}

internal static class EnumerableExtensions
{
    /// <summary>The one element that matches, or null when none or several do.</summary>
    public static T? SingleOrDefaultIfUnique<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        where T : class
    {
        var matches = source.Where(predicate).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
