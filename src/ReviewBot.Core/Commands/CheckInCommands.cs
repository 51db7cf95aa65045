using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Text;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Commands;

/// <summary>Check-ins and retrospectives: opening the form, reading it back, and the text dialog.</summary>
internal sealed class CheckInCommands(IReviewStore store)
{
    /// <summary>How many weeks around a quarter's end the retrospective is open.</summary>
    private const int RetrospectiveWeeks = 2;

    public async Task<IReadOnlyList<Reply>> OpenAsync(Speaker speaker, Turn turn, bool asText, bool retrospective, CancellationToken cancellationToken)
    {
        var template = retrospective || IsLastWeek(speaker) ? ReviewTemplates.Retrospective : ReviewTemplates.WeeklyCheckIn;
        var week = template == ReviewTemplates.Retrospective ? RetrospectiveWeek(speaker) : speaker.Week;
        if (week is null)
        {
            var lastWeek = speaker.Team.Calendar.WeeksOf(speaker.Quarter)[^RetrospectiveWeeks];
            return Replies.Say(
                CheckInCommandText.RetrospectiveOpensOn(speaker.Culture, speaker.Quarter.ToString(), DateText.Day(lastWeek.FirstDay, speaker.Culture)),
                CheckInCommandText.UntilThenCheckIn(speaker.Culture));
        }

        var context = await ContextAsync(speaker, template, week, cancellationToken);
        if (context.KeyResults.Count == 0)
        {
            return Replies.Say(CheckInCommandText.NoKeyResultsToCheckIn(speaker.Culture, week.Quarter.ToString()), Replies.HowKeyResultsAreAdded(speaker));
        }

        if (!asText)
        {
            var existing = await store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            if (existing is not null)
            {
                await store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            }

            return [TemplateForm.Build(context)];
        }

        var open = await store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        if (open is { IsTextDialog: true } && open.TemplateId == template.Id && open.Quarter == week.Quarter && open.WeekNumber == week.Number)
        {
            return [new MessageReply { Headline = CheckInCommandText.PickingUpWhereYouLeftOff(speaker.Culture) }, TextDialog.Ask(context, open)];
        }

        var start = TextDialog.Start(context, turn.ConversationId, speaker.Now);
        // Values a form already asked about stay asked: typed here again, they are not questioned twice.
        await store.SaveDialogAsync(start.State! with { Answers = QuestionedValues.Carried(open?.Answers) }, cancellationToken);
        return start.Replies;
    }

    public async Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, Turn turn, FormSubmission form, CancellationToken cancellationToken)
    {
        if (!FormIds.TryReadCheckIn(form.FormId, out var templateId, out var quarter, out var weekNumber, out _) || ReviewTemplates.Find(templateId) is not { } template)
        {
            return Replies.Say(CheckInCommandText.FormNotRecognised(speaker.Culture), CheckInCommandText.FreshForm(speaker.Culture));
        }

        var week = AllowedWeek(speaker, template, quarter, weekNumber);
        if (week is null)
        {
            var fresh = await OpenAsync(speaker, turn, asText: false, retrospective: false, cancellationToken);
            var culture = speaker.Culture;
            var opensOn = OpensOn(speaker, template, quarter, weekNumber) is { } day ? WeekdayAndDay(day, culture) : null;
            var refusal = (opensOn, template == ReviewTemplates.Retrospective) switch
            {
                (null, _) => CheckInCommandText.FormWeekClosed(culture, quarter.ToString(), weekNumber),
                (_, true) => CheckInCommandText.RetrospectiveFormNotOpenYet(culture, quarter.ToString(), opensOn),
                _ => CheckInCommandText.FormWeekNotStarted(culture, quarter.ToString(), weekNumber, opensOn),
            };
            return [.. Replies.Say(refusal), .. fresh];
        }

        var context = await ContextAsync(speaker, template, week, cancellationToken);
        var state = await store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        var sameForm = state is not null && state.TemplateId == template.Id && state.Quarter == week.Quarter && state.WeekNumber == week.Number;
        var questioned = QuestionedValues.Of(sameForm ? state!.Answers : null);
        var reading = TemplateForm.Read(context, form.Values, turn.Platform, speaker.Now, turn.SubmissionId ?? Ids.New(), questioned);
        if (reading.Invalid is not null)
        {
            if (reading.Doubtful.Count > 0)
            {
                // Only what was asked is stored; nothing of the check-in is, until it is submitted whole.
                await store.SaveDialogAsync(QuestionedValues.RememberForForm(sameForm ? state : null, context, turn.ConversationId, reading.Doubtful, speaker.Now), cancellationToken);
            }

            return [reading.Invalid];
        }

        // What was questioned stays remembered for the week: a resubmission of the confirmation must
        // find it again, to be recognised as recorded rather than asked about.
        return await RecordAsync(speaker, context, reading.Submission!, cancellationToken);
    }

    /// <summary>A plain message while a text dialog is open; null when there is none.</summary>
    public async Task<IReadOnlyList<Reply>?> ContinueAsync(Speaker speaker, Turn turn, string text, CancellationToken cancellationToken)
    {
        var state = await store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        // A dialog with a subject (a live stream's review) is StreamReviewCommands' to continue.
        if (state is not { IsTextDialog: true, SubjectId: null } || ReviewTemplates.Find(state.TemplateId) is not { } template)
        {
            return null;
        }

        var week = AllowedWeek(speaker, template, state.Quarter, state.WeekNumber);
        if (week is null)
        {
            // The week it was for has closed: answers now would land in the wrong week.
            await store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            var closed = template == ReviewTemplates.Retrospective
                ? CheckInCommandText.RetrospectiveClosed(speaker.Culture, state.Quarter.ToString(), state.WeekNumber)
                : CheckInCommandText.WeeklyCheckInClosed(speaker.Culture, state.Quarter.ToString(), state.WeekNumber);
            return Replies.Say(closed, CheckInCommandText.StartThisWeeksByText(speaker.Culture));
        }

        var context = await ContextAsync(speaker, template, week, cancellationToken);
        var outcome = TextDialog.Continue(context, state, text, speaker.Now);
        if (outcome.State is not null)
        {
            await store.SaveDialogAsync(outcome.State, cancellationToken);
            return outcome.Replies;
        }

        await store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        if (outcome.Finished is null)
        {
            return outcome.Replies;
        }

        if (outcome.Finished.Invalid is { } invalid)
        {
            var problems = invalid.Fields.Where(f => f.Error is not null).Select(f => f.Error!).Prepend(invalid.Error).OfType<string>();
            return Replies.Say(CheckInCommandText.NothingSaved(speaker.Culture), [.. problems, CheckInCommandText.StartAgainByText(speaker.Culture)]);
        }

        var submission = outcome.Finished.Submission! with
        {
            SubmissionId = turn.SubmissionId ?? Ids.New(),
            CheckIns = [.. outcome.Finished.Submission!.CheckIns.Select(c => c with { Source = turn.Platform })],
        };
        return await RecordAsync(speaker, context, submission, cancellationToken);
    }

    private async Task<IReadOnlyList<Reply>> RecordAsync(Speaker speaker, CheckInContext context, Submission submission, CancellationToken cancellationToken)
    {
        var recorded = await store.RecordAsync(submission, cancellationToken);
        var culture = speaker.Culture;
        var facts = submission.CheckIns.Select(checkIn =>
        {
            var kr = context.KeyResults.First(k => k.Id == checkIn.KeyResultId);
            var score = KeyResultScore.Of(kr, checkIn.Value);
            return new Fact(kr.Title, CheckInCommandText.RecordedFact(
                culture,
                ValueFormatter.Format(checkIn.Value, kr.Unit, culture),
                ValueFormatter.Format(kr.Target, kr.Unit, culture),
                score.Score.ToString("0.00", culture),
                ConfidenceText.Label(checkIn.Confidence, culture).ToLowerInvariant()));
        }).ToList();
        var corrected = recorded && submission.CheckIns.Any(c => context.History.Latest(c.KeyResultId) is { } latest && latest.Quarter == c.Quarter && latest.WeekNumber == c.WeekNumber);
        var weekNumber = context.Week.Number;
        var weekday = context.Week.LastDay.ToString("dddd", TextLanguage.ForNames(culture));
        var headline = (context.Template == ReviewTemplates.Retrospective, context.Week != speaker.Week, corrected) switch
        {
            (true, _, _) => CheckInCommandText.RetrospectiveSaved(culture, context.Quarter.ToString(), speaker.Member.Name.Split(' ')[0]),
            // Last week's form in the first days of a new week: say which week it counted for.
            (_, true, true) => CheckInCommandText.SavedForEndedWeekReplacing(culture, weekNumber, weekday),
            (_, true, false) => CheckInCommandText.SavedForEndedWeek(culture, weekNumber, weekday),
            (_, false, true) => CheckInCommandText.CheckedInForWeekReplacing(culture, weekNumber),
            _ => CheckInCommandText.CheckedInForWeek(culture, weekNumber),
        };
        var reply = new MessageReply
        {
            Headline = recorded ? headline : CheckInCommandText.AlreadySaved(culture, headline),
            Sections = facts.Count > 0 ? [Section.WithFacts(null, facts)] : [],
            Context = [CheckInCommandText.ChangedYourMind(culture)],
            Placement = ReplyPlacement.ReplaceSource,
        };
        return [reply];
    }

    private async Task<CheckInContext> ContextAsync(Speaker speaker, ReviewTemplate template, CheckInWeek week, CancellationToken cancellationToken)
    {
        var workspaceId = speaker.Member.WorkspaceId;
        var objectives = await store.ObjectivesAsync(workspaceId, speaker.Team.Id, week.Quarter, cancellationToken);
        var keyResults = objectives
            .SelectMany(o => o.KeyResults)
            .Where(kr => kr.OwnerMemberId == speaker.Member.Id || (kr.OwnerMemberId is null && speaker.IsManager))
            .Where(kr => kr.Feed is null) // its value is summed from the streams' reviews: nobody types it in
            .ToList();
        var mine = keyResults.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var checkIns = await store.CheckInsAsync(workspaceId, speaker.Team.Id, week.Quarter, cancellationToken);
        return new CheckInContext(speaker.Member, template, week, keyResults, new CheckInHistory(checkIns.Where(c => mine.Contains(c.KeyResultId))));
    }

    /// <summary>
    /// The week a form or dialog for (quarter, week) may still record into: this week, last week during the
    /// first two days of this one, or the open retrospective; null when it has closed.
    /// </summary>
    private static CheckInWeek? AllowedWeek(Speaker speaker, ReviewTemplate template, Quarter quarter, int weekNumber)
    {
        if (template == ReviewTemplates.Retrospective)
        {
            return RetrospectiveWeek(speaker) is { } retro && retro.Quarter == quarter && retro.Number == weekNumber ? retro : null;
        }

        if (speaker.Week.Quarter == quarter && speaker.Week.Number == weekNumber)
        {
            return speaker.Week;
        }

        var today = LocalDay.DateAt(speaker.Now, speaker.Zone);
        var lastWeek = speaker.Team.Calendar.WeekOf(speaker.Week.FirstDay.AddDays(-1));
        return today <= speaker.Week.FirstDay.AddDays(1) && lastWeek.Quarter == quarter && lastWeek.Number == weekNumber ? lastWeek : null;
    }

    /// <summary>The day a form for (quarter, week) opens, when that is still to come; null for a week that has been.</summary>
    private static DateOnly? OpensOn(Speaker speaker, ReviewTemplate template, Quarter quarter, int weekNumber)
    {
        var weeks = speaker.Team.Calendar.WeeksOf(quarter);
        if (weekNumber < 1 || weekNumber > weeks.Count)
        {
            return null;
        }

        var opens = template == ReviewTemplates.Retrospective ? RetrospectiveOpensOn(speaker.Team.Calendar, quarter) : weeks[weekNumber - 1].FirstDay;
        return opens > LocalDay.DateAt(speaker.Now, speaker.Zone) ? opens : null;
    }

    /// <summary>
    /// The day a form opens, with its weekday: "Monday 30 November" in English (in English names for every reader
    /// of the English text), as the refusals have always written it; DateText's weekday form in Chinese, since the
    /// English pattern reads "星期一 30 十一月" there.
    /// </summary>
    private static string WeekdayAndDay(DateOnly day, CultureInfo culture) =>
        TextLanguage.ReadsChinese(culture) ? DateText.Weekday(day, culture) : day.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    private static bool IsLastWeek(Speaker speaker) =>
        speaker.Week.Number == speaker.Team.Calendar.WeeksOf(speaker.Quarter).Count;

    /// <summary>The first day the retrospective of <paramref name="quarter"/> can be answered: the start of its second-to-last week.</summary>
    public static DateOnly RetrospectiveOpensOn(FiscalCalendar calendar, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.WeeksOf(quarter)[^RetrospectiveWeeks].FirstDay;
    }

    /// <summary>The last day the retrospective of <paramref name="quarter"/> can be answered: the end of the next quarter's second week.</summary>
    public static DateOnly RetrospectiveOpenUntil(FiscalCalendar calendar, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.WeeksOf(quarter.Next())[RetrospectiveWeeks - 1].LastDay;
    }

    /// <summary>The week a retrospective is recorded in: the last of a quarter that is ending or just ended.</summary>
    public static CheckInWeek? RetrospectiveWeek(Speaker speaker)
    {
        var weeks = speaker.Team.Calendar.WeeksOf(speaker.Quarter);
        if (speaker.Week.Number > weeks.Count - RetrospectiveWeeks)
        {
            return weeks[^1];
        }

        return speaker.Week.Number <= RetrospectiveWeeks ? speaker.Team.Calendar.WeeksOf(speaker.Quarter.Previous())[^1] : null;
    }
}
