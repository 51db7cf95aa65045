using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
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
                $"The {speaker.Quarter} retrospective opens on {DateText.Day(lastWeek.FirstDay, speaker.Culture)}, in the last two weeks of the quarter.",
                "Until then, type review checkin for this week's check-in.");
        }

        var context = await ContextAsync(speaker, template, week, cancellationToken);
        if (context.KeyResults.Count == 0)
        {
            return Replies.Say($"You have no key results in {week.Quarter}, so there is nothing to check in.", Replies.HowKeyResultsAreAdded(speaker));
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
            return [new MessageReply { Headline = "Picking up where you left off." }, TextDialog.Ask(context, open)];
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
            return Replies.Say("I don't recognise that form; nothing was saved.", "Type review checkin for a fresh one.");
        }

        var week = AllowedWeek(speaker, template, quarter, weekNumber);
        if (week is null)
        {
            var fresh = await OpenAsync(speaker, turn, asText: false, retrospective: false, cancellationToken);
            var opensOn = OpensOn(speaker, template, quarter, weekNumber) is { } opens ? DateText.WeekdayInFull(opens, speaker.Culture) : null;
            var refusal = (opensOn, template == ReviewTemplates.Retrospective) switch
            {
                (null, _) => $"That form was for {quarter} week {weekNumber}, which has closed; nothing was saved. Here is this week's.",
                (_, true) => $"That form is for the {quarter} retrospective, which opens on {opensOn}, in the last two weeks of the quarter. Nothing was saved. Here is this week's check-in.",
                _ => $"That form is for {quarter} week {weekNumber}, which has not started yet: it opens on {opensOn}. Nothing was saved. Here is this week's.",
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
        if (state is not { IsTextDialog: true } || ReviewTemplates.Find(state.TemplateId) is not { } template)
        {
            return null;
        }

        var week = AllowedWeek(speaker, template, state.Quarter, state.WeekNumber);
        if (week is null)
        {
            // The week it was for has closed: answers now would land in the wrong week.
            await store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            return Replies.Say($"Your {template.Title(speaker.Culture).ToLowerInvariant()} for {state.Quarter} week {state.WeekNumber} has closed; nothing was saved.", "Type review checkin text to start this week's.");
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
            return Replies.Say("Nothing was saved.", [.. problems, "Type review checkin text to start again."]);
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
            return new Fact(kr.Title, $"{ValueFormatter.Format(checkIn.Value, kr.Unit, culture)} of {ValueFormatter.Format(kr.Target, kr.Unit, culture)} · score {score.Score.ToString("0.00", culture)} · {ConfidenceText.Label(checkIn.Confidence, culture).ToLowerInvariant()}");
        }).ToList();
        var corrected = recorded && submission.CheckIns.Any(c => context.History.Latest(c.KeyResultId) is { } latest && latest.Quarter == c.Quarter && latest.WeekNumber == c.WeekNumber);
        var replaces = corrected ? " (this replaces your earlier answer for the week)" : "";
        var headline = context.Template == ReviewTemplates.Retrospective
            ? $"Retrospective for {context.Quarter} saved. Thank you, {speaker.Member.Name.Split(' ')[0]}."
            : context.Week != speaker.Week
                // Last week's form in the first days of a new week: say which week it counted for.
                ? $"Saved for week {context.Week.Number}, which ended on {DateText.DayOfWeek(context.Week.LastDay, culture)}{replaces}."
                : $"Checked in for week {context.Week.Number}{replaces}.";
        var reply = new MessageReply
        {
            Headline = recorded ? headline : $"{headline} (already saved; nothing recorded twice)",
            Sections = facts.Count > 0 ? [Section.WithFacts(null, facts)] : [],
            Context = ["Changed your mind? Check in again this week and the latest answer counts."],
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

        var opens = template == ReviewTemplates.Retrospective ? weeks[^RetrospectiveWeeks].FirstDay : weeks[weekNumber - 1].FirstDay;
        return opens > LocalDay.DateAt(speaker.Now, speaker.Zone) ? opens : null;
    }

    private static bool IsLastWeek(Speaker speaker) =>
        speaker.Week.Number == speaker.Team.Calendar.WeeksOf(speaker.Quarter).Count;

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
