using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Commands;

/// <summary>
/// <c>review stream</c>: the team's live streams. <c>add</c> schedules one (a manager, or a member for a stream they
/// host or work), so that its host and crew are asked to review it after it ends; alone or with <c>list</c> it lists
/// them; <c>now</c> starts a review at once and <c>cancel</c> calls a stream off (a manager or the stream's host).
/// </summary>
internal sealed class StreamCommands(IReviewStore store)
{
    public static readonly TimeSpan ShortestStream = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan LongestStream = TimeSpan.FromHours(12);

    /// <summary>How far back the list and <c>now</c>/<c>cancel</c> look: last week's streams are still talked about.</summary>
    private static readonly TimeSpan Recent = TimeSpan.FromDays(7);

    /// <summary>How far ahead the list looks.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(92);

    private static readonly HashSet<string> AddWords = new(StringComparer.OrdinalIgnoreCase) { "add", "schedule", "new", "添加", "安排", "新增" };

    private static readonly HashSet<string> NowWords = new(StringComparer.OrdinalIgnoreCase) { "now", "start", "现在", "立即", "马上" };

    private static readonly HashSet<string> CancelWords = new(StringComparer.OrdinalIgnoreCase) { "cancel", "remove", "delete", "取消", "删除" };

    private static readonly HashSet<string> ListWords = new(StringComparer.OrdinalIgnoreCase) { "list", "列表" };

    public async Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || (args.Count == 1 && ListWords.Contains(args[0])))
        {
            return await ListAsync(speaker, cancellationToken);
        }

        var rest = args.Skip(1).ToList();
        if (AddWords.Contains(args[0]))
        {
            return await AddAsync(speaker, rest, cancellationToken);
        }

        if (NowWords.Contains(args[0]))
        {
            return await NowAsync(speaker, rest, cancellationToken);
        }

        if (CancelWords.Contains(args[0]))
        {
            return await CancelAsync(speaker, rest, cancellationToken);
        }

        return Replies.Say(StreamCommandText.StreamWordsUnread(speaker.Culture, string.Join(' ', args)), StreamCommandText.StreamCommandsHowTo(speaker.Culture));
    }

    private async Task<IReadOnlyList<Reply>> AddAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        if (StreamScheduleReader.Read(speaker, args, out var problem) is not { } schedule)
        {
            return problem;
        }

        var people = schedule.Crew.Prepend(schedule.Host).ToList();
        if (!speaker.IsManager && !people.Any(p => p.Id == speaker.Member.Id))
        {
            return Replies.ManagersOnly(StreamCommandText.ManagersOnlyScheduleOthersStreams(culture), culture);
        }

        if (schedule.Duration < ShortestStream || schedule.Duration > LongestStream)
        {
            return Replies.Say(StreamCommandText.StreamLengthOutOfRange(culture, Length(schedule.Duration, culture), Length(ShortestStream, culture), Length(LongestStream, culture)), StreamCommandText.StreamAddHowTo(culture));
        }

        if (schedule.StartsAt <= speaker.Now)
        {
            return Replies.Say(StreamCommandText.StreamStartPassed(culture, When(schedule.StartsAt, speaker.Zone, culture)), StreamCommandText.StreamStartPassedHowTo(culture));
        }

        var team = speaker.Team;
        var teamZone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var week = team.Calendar.WeekAt(schedule.StartsAt, teamZone);
        var currency = schedule.Currency ?? team.ReportingCurrency;
        if (!string.Equals(currency, team.ReportingCurrency, StringComparison.OrdinalIgnoreCase)
            && !team.ExchangeRates.Rates.Any(r => r.Quarter == week.Quarter && string.Equals(r.Currency, currency, StringComparison.OrdinalIgnoreCase)))
        {
            return Replies.Say(StreamCommandText.StreamCurrencyUnknown(culture, currency, team.ReportingCurrency, week.Quarter.ToString()), StreamCommandText.StreamCurrencyHowTo(culture, team.ReportingCurrency));
        }

        var rules = await store.StreamRulesAsync(team.WorkspaceId, team.Id, cancellationToken);
        var templates = await StreamTemplatesAsync(team, cancellationToken);
        var templateId = schedule.TemplateId ?? rules.TemplateId;
        if (!templates.TryGetValue(templateId, out var templateTitle))
        {
            return Replies.Say(StreamCommandText.StreamTemplateUnknown(culture, templateId), StreamCommandText.StreamTemplatesYouCanName(culture, string.Join(", ", templates.Keys)));
        }

        var stream = new LiveStream
        {
            Id = Ids.New(),
            WorkspaceId = team.WorkspaceId,
            TeamId = team.Id,
            Title = schedule.Title,
            StartsAt = schedule.StartsAt,
            Duration = schedule.Duration,
            Quarter = week.Quarter,
            WeekNumber = week.Number,
            HostMemberId = schedule.Host.Id,
            CrewMemberIds = [.. schedule.Crew.Select(m => m.Id).Where(id => id != schedule.Host.Id)],
            Currency = currency.ToUpperInvariant(),
            TemplateId = templateId,
            ScheduledByMemberId = speaker.Member.Id,
        };
        if (!await store.AddStreamAsync(stream, cancellationToken))
        {
            return Replies.Say(StreamCommandText.StreamAlreadyScheduled(culture, stream.Title, When(stream.StartsAt, speaker.Zone, culture)), StreamCommandText.StreamListHowTo(culture));
        }

        var facts = new List<Fact>
        {
            new(StreamCommandText.FactWhen(culture), WhenForSpeaker(speaker, stream.StartsAt, teamZone)),
            new(StreamCommandText.FactLength(culture), Length(stream.Duration, culture)),
            new(StreamCommandText.FactHost(culture), schedule.Host.Name),
            new(StreamCommandText.FactCrew(culture), stream.CrewMemberIds.Count == 0 ? StreamCommandText.NoCrew(culture) : Names(speaker, stream.CrewMemberIds, culture)),
            new(StreamCommandText.FactCurrency(culture), stream.Currency),
            new(StreamCommandText.FactTemplate(culture), templateTitle(culture)),
            new(
                StreamCommandText.FactReview(culture),
                StreamCommandText.ReviewAskedAt(culture, When(StreamDeliveries.AskedAt(stream, rules), speaker.Zone, culture), (int)rules.ReviewDelay.TotalMinutes)),
        };
        return
        [
            new MessageReply
            {
                Headline = StreamCommandText.StreamScheduled(culture, stream.Title),
                Sections = [Section.WithFacts(null, facts)],
                Context = [StreamCommandText.StreamScheduledHowTo(culture, stream.Title)],
            },
        ];
    }

    private async Task<IReadOnlyList<Reply>> ListAsync(Speaker speaker, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var team = speaker.Team;
        var streams = await store.StreamsAsync(team.WorkspaceId, team.Id, speaker.Now - Recent, speaker.Now + Ahead, cancellationToken);
        if (streams.Count == 0)
        {
            return Replies.Say(StreamCommandText.NoStreams(culture, team.Name), StreamCommandText.StreamAddHowTo(culture));
        }

        var rules = await store.StreamRulesAsync(team.WorkspaceId, team.Id, cancellationToken);
        var answers = await store.StreamAnswersAsync(team.WorkspaceId, [.. streams.Select(s => s.Id)], cancellationToken);
        var facts = streams
            .Select(s => new Fact(
                s.Title,
                StreamCommandText.StreamListLine(
                    culture,
                    When(s.StartsAt, speaker.Zone, culture),
                    Length(s.Duration, culture),
                    speaker.NameOf(s.HostMemberId),
                    State(speaker, s, rules, answers.Where(a => a.SubjectId == s.Id).Select(a => a.AuthorMemberId).ToHashSet(StringComparer.Ordinal)))))
            .ToList();
        return
        [
            new MessageReply
            {
                Headline = StreamCommandText.StreamListHeadline(culture, team.Name),
                Sections = [Section.WithFacts(null, facts)],
                Context = [StreamCommandText.StreamListNote(culture)],
            },
        ];
    }

    private async Task<IReadOnlyList<Reply>> NowAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        var team = speaker.Team;
        var streams = await RecentAndComingAsync(speaker, cancellationToken);
        var started = streams.Where(s => s.StartsAt <= speaker.Now && s.CancelledAt is null).ToList();
        LiveStream? stream;
        if (args.Count == 0)
        {
            stream = started.LastOrDefault();
            if (stream is null)
            {
                return Replies.Say(StreamCommandText.NoStreamStarted(culture), StreamCommandText.StreamListHowTo(culture));
            }
        }
        else
        {
            var which = string.Join(' ', args);
            var named = Named(streams, which);
            if (named.Count == 0)
            {
                return Replies.Say(StreamCommandText.StreamNotFound(culture, which), StreamCommandText.StreamListHowTo(culture));
            }

            stream = Named(started, which).LastOrDefault();
            if (stream is null)
            {
                var first = named[0];
                return first.CancelledAt is not null
                    ? Replies.Say(StreamCommandText.StreamIsCancelled(culture, first.Title))
                    : Replies.Say(StreamCommandText.StreamNotStartedYet(culture, first.Title, When(first.StartsAt, speaker.Zone, culture)));
            }
        }

        if (!speaker.IsManager && stream.HostMemberId != speaker.Member.Id)
        {
            return Replies.ManagersOnly(StreamCommandText.ManagersOrHostOnlyStartReview(culture), culture);
        }

        var rules = await store.StreamRulesAsync(team.WorkspaceId, team.Id, cancellationToken);
        var askedAt = StreamDeliveries.AskedAt(stream, rules);
        if (askedAt <= speaker.Now)
        {
            return Replies.Say(StreamCommandText.StreamReviewAlreadyAsked(culture, stream.Title, When(askedAt, speaker.Zone, culture)));
        }

        await store.UpdateStreamAsync(stream with { ReviewRequestedAt = speaker.Now }, cancellationToken);
        return Replies.Say(StreamCommandText.StreamReviewStartsNow(culture, stream.Title), StreamCommandText.StreamReviewStartsNowNight(culture));
    }

    private async Task<IReadOnlyList<Reply>> CancelAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        if (args.Count == 0)
        {
            return Replies.Say(StreamCommandText.CancelWhich(culture), StreamCommandText.StreamListHowTo(culture));
        }

        var which = string.Join(' ', args);
        var named = Named(await RecentAndComingAsync(speaker, cancellationToken), which);
        if (named.Count == 0)
        {
            return Replies.Say(StreamCommandText.StreamNotFound(culture, which), StreamCommandText.StreamListHowTo(culture));
        }

        // Of a title used every day, the next one still to come; else the latest.
        var open = named.Where(s => s.CancelledAt is null).ToList();
        var stream = open.FirstOrDefault(s => s.StartsAt > speaker.Now) ?? open.LastOrDefault();
        if (stream is null)
        {
            return Replies.Say(StreamCommandText.StreamIsCancelled(culture, named[^1].Title));
        }

        if (!speaker.IsManager && stream.HostMemberId != speaker.Member.Id)
        {
            return Replies.ManagersOnly(StreamCommandText.ManagersOrHostOnlyCancel(culture), culture);
        }

        await store.UpdateStreamAsync(stream with { CancelledAt = speaker.Now }, cancellationToken);
        return Replies.Say(StreamCommandText.StreamCancelled(culture, stream.Title, When(stream.StartsAt, speaker.Zone, culture)));
    }

    private Task<IReadOnlyList<LiveStream>> RecentAndComingAsync(Speaker speaker, CancellationToken cancellationToken) =>
        store.StreamsAsync(speaker.Team.WorkspaceId, speaker.Team.Id, speaker.Now - Recent, speaker.Now + Ahead, cancellationToken);

    /// <summary>The streams a title names: those with exactly that title, else those whose title contains it; by start.</summary>
    private static List<LiveStream> Named(IReadOnlyList<LiveStream> streams, string which)
    {
        var exact = streams.Where(s => string.Equals(s.Title, which, StringComparison.OrdinalIgnoreCase)).ToList();
        return exact.Count > 0 ? exact : [.. streams.Where(s => s.Title.Contains(which, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Key, which, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The built-in live-stream review and the team's own templates, by id, with their titles.</summary>
    private async Task<Dictionary<string, Func<CultureInfo, string>>> StreamTemplatesAsync(Team team, CancellationToken cancellationToken)
    {
        var templates = ReviewTemplates.All
            .Where(t => t.Subject == ReviewSubject.LiveStream)
            .ToDictionary(t => t.Id, t => t.Title, StringComparer.OrdinalIgnoreCase);
        foreach (var own in (await store.TeamTemplatesAsync(team.WorkspaceId, team.Id, cancellationToken)).Where(t => t.Subject == ReviewSubject.LiveStream))
        {
            var title = own.Title;
            templates.TryAdd(own.Id, _ => title);
        }

        return templates;
    }

    /// <summary>Where the stream's review stands, by the planner's own rule (<see cref="StreamDeliveries"/>).</summary>
    private static string State(Speaker speaker, LiveStream stream, StreamRules rules, IReadOnlySet<string> answered)
    {
        var culture = speaker.Culture;
        if (stream.CancelledAt is not null)
        {
            return StreamCommandText.StateCancelled(culture);
        }

        var askedAt = StreamDeliveries.AskedAt(stream, rules);
        if (speaker.Now < askedAt)
        {
            return StreamCommandText.StateScheduled(culture);
        }

        var reviewers = stream.Reviewers.Select(speaker.MemberById).OfType<Member>().Where(m => m.Active).ToList();
        var answers = reviewers.Count(r => answered.Contains(r.Id));
        var closes = StreamDeliveries.WindowClosesAt(stream, rules, reviewers, speaker.Team);
        return (reviewers.Count > 0 && answers == reviewers.Count) || speaker.Now >= closes
            ? StreamCommandText.StateSummarised(culture, answers, reviewers.Count)
            : StreamCommandText.StatePrompting(culture, answers, reviewers.Count);
    }

    private static string Names(Speaker speaker, IEnumerable<string> memberIds, CultureInfo culture) =>
        Reviews.ReaderPunctuation.Names(memberIds.Select(speaker.NameOf), culture);

    /// <summary>The start in the speaker's zone, and in the team's as well when its clock reads differently then.</summary>
    private static string WhenForSpeaker(Speaker speaker, DateTimeOffset at, TimeZoneInfo teamZone)
    {
        var culture = speaker.Culture;
        var yours = When(at, speaker.Zone, culture);
        return speaker.Zone.GetUtcOffset(at) == teamZone.GetUtcOffset(at)
            ? StreamCommandText.YourTime(culture, yours)
            : StreamCommandText.YourTimeAndTeamTime(culture, yours, When(at, teamZone, culture));
    }

    private static string When(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var day = DateText.WeekdayInFull(DateOnly.FromDateTime(local.DateTime), culture);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        // Marks, not words: Chinese sets the time after the day with a space, English after a comma.
        return Text.TextLanguage.ReadsChinese(culture) ? $"{day} {time}" : $"{day}, {time}";
    }

    private static string Length(TimeSpan length, CultureInfo culture)
    {
        var hours = (int)length.TotalHours;
        return (hours, length.Minutes) switch
        {
            (0, var minutes) => StreamCommandText.LengthMinutes(culture, minutes),
            (_, 0) => StreamCommandText.LengthHours(culture, hours),
            (_, var minutes) => StreamCommandText.LengthHoursMinutes(culture, hours, minutes),
        };
    }
}
