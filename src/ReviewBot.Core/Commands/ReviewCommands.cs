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
            return Replies.ManagersOnly("see the team's week; type review me for your own key results");
        }

        if (args.Count > 0)
        {
            return Replies.Say($"I couldn't read '{string.Join(' ', args)}' in review week.", "Write review week, or review week followed by a team's key.");
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
            if (arg.Equals("post", StringComparison.OrdinalIgnoreCase))
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
            else if (arg.ToLowerInvariant() is "last" or "previous" or "prev")
            {
                quarter = speaker.Quarter.Previous();
            }
            else if (arg.ToLowerInvariant() is "this" or "current")
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
                    $"I couldn't read '{arg}' in review quarter: it is not a quarter, a person on {speaker.Team.Name}, post, csv or xlsx.",
                    "Write it like review quarter 2026-Q3 @Andy, review quarter last post, or review quarter last xlsx.");
            }
        }

        if (post && export is not null)
        {
            return Replies.Say(
                "review quarter posts the review to the channel or exports it, not both at once.",
                "Write review quarter last post to post it, or review quarter last csv (or xlsx) for a spreadsheet.");
        }

        if (!speaker.IsManager)
        {
            if (post || (person is not null && person.Id != speaker.Member.Id))
            {
                return Replies.ManagersOnly(post ? "post the quarter review to the channel" : "see another person's quarter review");
            }

            person = speaker.Member;
        }

        if (quarter > speaker.Quarter)
        {
            return Replies.Say($"{quarter} has not started yet; the current quarter is {speaker.Quarter}.");
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
            return Replies.ManagersOnly("nudge the team");
        }

        if (args.Count > 0)
        {
            return Replies.Say($"I couldn't read '{string.Join(' ', args)}' in review remind.", "Write review remind; it nudges everyone who has not checked in this week.");
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
            return Replies.Say($"Everyone on {speaker.Team.Name} has checked in for week {speaker.Week.Number}; nobody to nudge.");
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
            replies.Add(new MessageReply
            {
                Headline = $"{CheckInPrompt.FirstName(member)}, your week {speaker.Week.Number} check-in is waiting",
                Sections = [Section.Paragraph($"{speaker.Member.Name} asked me to remind you. {CheckInPrompt.WhatItTakes(System.Globalization.CultureInfo.GetCultureInfo(member.Locale))}")],
                Buttons = CheckInPrompt.Buttons(System.Globalization.CultureInfo.GetCultureInfo(member.Locale)),
                ToMemberId = member.Id,
            });
        }

        var checkedIn = speaker.TeamMembers.Where(m => m.Id != speaker.Member.Id && !missing.Contains(m)).Select(m => m.Name).ToList();
        var context = (checkedIn.Count == 0 ? Array.Empty<string>() : [$"Already checked in, not nudged: {string.Join(", ", checkedIn)}."])
            .Concat(onHoliday.Select(m => $"{m.Name} has a public holiday today ({HolidayToday(m)}) and was not nudged."))
            .Concat(onLeave.Select(m => $"{m.Name} is on leave until {Values.DateText.Day(LeaveToday(m)!.LastDay, speaker.Culture)} and was not nudged."))
            .Concat(recently.Select(r => $"{r.Member.Name} was nudged {Ago(speaker.Now - r.At)} and was not nudged again; next possible at {At(speaker, r.At + remind.CoolDown)}."))
            .ToArray();
        replies.Add(new MessageReply
        {
            Headline = nudged.Count == 0
                ? "Nobody was nudged."
                : $"Nudged {nudged.Count} {(nudged.Count == 1 ? "person" : "people")}: {string.Join(", ", nudged.Select(m => m.Name))}.",
            Context = context,
        });
        return replies;
    }

    /// <summary>"just now", "25 min ago", "3 h ago": how long since the earlier nudge.</summary>
    private static string Ago(TimeSpan since) => since switch
    {
        { TotalMinutes: < 1 } => "just now",
        { TotalHours: < 1 } => $"{(int)since.TotalMinutes} min ago",
        _ => $"{(int)since.TotalHours} h ago",
    };

    /// <summary>An instant in the manager's own zone: "16:00 today", or the day and time when it is another day.</summary>
    private static string At(Speaker speaker, DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, speaker.Zone);
        var time = local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return DateOnly.FromDateTime(local.DateTime) == LocalDay.DateAt(speaker.Now, speaker.Zone)
            ? $"{time} today"
            : $"{time} on {Values.DateText.Weekday(DateOnly.FromDateTime(local.DateTime), speaker.Culture)}";
    }

    /// <summary>A person named as "@Andy", "Andy Miller", an e-mail, or a Slack mention "&lt;@U0ANDY&gt;".</summary>
    internal static Member? FindPerson(Speaker speaker, string text)
    {
        var name = text.Trim().TrimStart('@');
        if (name.StartsWith("<@", StringComparison.Ordinal) && name.EndsWith('>'))
        {
            var id = name[2..^1].Split('|')[0];
            return speaker.TeamMembers.FirstOrDefault(m => m.SlackUserId == id);
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
