using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Commands;

/// <summary>
/// A live stream's review by its host and crew: the prompt, opening the form or the text dialog, reading them
/// back. The same <see cref="TemplateForm"/> and <see cref="TextDialog"/> as a check-in, with the stream as subject.
/// </summary>
internal sealed class StreamReviewCommands(IReviewStore store)
{
    /// <summary>A prompt's button: its value is the stream's id; the membership on the stream's team answers it.</summary>
    public async Task<IReadOnlyList<Reply>> PressAsync(IReadOnlyList<Speaker> memberships, Turn turn, ButtonPress press, CancellationToken cancellationToken)
    {
        var speaker = memberships[0];
        var stream = press.Value is { Length: > 0 } id ? await store.StreamAsync(turn.WorkspaceId, id, cancellationToken) : null;
        if (stream is null)
        {
            return Replies.Say(StreamReviewText.StreamNotFound(speaker.Culture));
        }

        speaker = memberships.FirstOrDefault(m => m.Team.Id == stream.TeamId && stream.Reviewers.Contains(m.Member.Id))
            ?? memberships.FirstOrDefault(m => m.Team.Id == stream.TeamId)
            ?? speaker;
        return await OpenAsync(speaker, turn, stream, asText: press.ActionId == ActionIds.StreamReviewByText, cancellationToken);
    }

    public async Task<IReadOnlyList<Reply>> OpenAsync(Speaker speaker, Turn turn, LiveStream stream, bool asText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(stream);
        if (await RefusalAsync(speaker, stream, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await TemplateLookup.FindAsync(store, stream.WorkspaceId, stream.TeamId, stream.TemplateId, cancellationToken) is not { } template)
        {
            return Replies.Say(StreamReviewText.TemplateMissing(speaker.Culture, stream.TemplateId));
        }

        var context = CheckInContext.ForStream(speaker.Member, template, stream, speaker.Team.Calendar);
        var open = await store.DialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
        if (!asText)
        {
            // One open dialog per member, as a check-in's form: the form takes over from a dialog left open.
            if (open is not null)
            {
                await store.DeleteDialogAsync(speaker.Member.WorkspaceId, speaker.Member.Id, cancellationToken);
            }

            return [TemplateForm.Build(context)];
        }

        if (open is { IsTextDialog: true } && open.SubjectId == stream.Id && open.TemplateId == template.Id)
        {
            return [new MessageReply { Headline = CheckInCommandText.PickingUpWhereYouLeftOff(speaker.Culture) }, TextDialog.Ask(context, open)];
        }

        var start = TextDialog.Start(context, turn.ConversationId, speaker.Now);
        await store.SaveDialogAsync(start.State!, cancellationToken);
        return start.Replies;
    }

    public async Task<IReadOnlyList<Reply>> SubmitAsync(Speaker speaker, Turn turn, FormSubmission form, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        if (!FormIds.TryReadStreamReview(form.FormId, out var templateId, out var streamId, out _))
        {
            return Replies.Say(CheckInCommandText.FormNotRecognised(culture), StreamReviewText.FreshStreamForm(culture));
        }

        if (await store.StreamAsync(speaker.Member.WorkspaceId, streamId, cancellationToken) is not { } stream)
        {
            return Replies.Say(StreamReviewText.StreamNotFound(culture));
        }

        if (await RefusalAsync(speaker, stream, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (await TemplateLookup.FindAsync(store, stream.WorkspaceId, stream.TeamId, templateId, cancellationToken) is not { } template)
        {
            return Replies.Say(CheckInCommandText.FormNotRecognised(culture), StreamReviewText.FreshStreamForm(culture));
        }

        var context = CheckInContext.ForStream(speaker.Member, template, stream, speaker.Team.Calendar);
        var reading = TemplateForm.Read(context, form.Values, turn.Platform, speaker.Now, turn.SubmissionId ?? Ids.New());
        return reading.Invalid is { } invalid
            ? [invalid]
            : await RecordAsync(speaker, context, reading.Submission!, cancellationToken);
    }

    /// <summary>A plain message while a stream review's text dialog is open; null when the open dialog (if any) is not one.</summary>
    public async Task<IReadOnlyList<Reply>?> ContinueAsync(Speaker speaker, Turn turn, string text, CancellationToken cancellationToken)
    {
        var workspaceId = speaker.Member.WorkspaceId;
        var state = await store.DialogAsync(workspaceId, speaker.Member.Id, cancellationToken);
        if (state is not { IsTextDialog: true, SubjectId: { } streamId })
        {
            return null;
        }

        var stream = await store.StreamAsync(workspaceId, streamId, cancellationToken);
        var refusal = stream is null ? Replies.Say(StreamReviewText.StreamNotFound(speaker.Culture)) : await RefusalAsync(speaker, stream, cancellationToken);
        var template = refusal is null ? await TemplateLookup.FindAsync(store, stream!.WorkspaceId, stream.TeamId, state.TemplateId, cancellationToken) : null;
        if (refusal is not null || template is null)
        {
            // Answers now would count after the review closed, or for nothing at all.
            await store.DeleteDialogAsync(workspaceId, speaker.Member.Id, cancellationToken);
            return refusal ?? Replies.Say(StreamReviewText.TemplateMissing(speaker.Culture, state.TemplateId));
        }

        var context = CheckInContext.ForStream(speaker.Member, template, stream!, speaker.Team.Calendar);
        var outcome = TextDialog.Continue(context, state, text, speaker.Now);
        if (outcome.State is not null)
        {
            await store.SaveDialogAsync(outcome.State, cancellationToken);
            return outcome.Replies;
        }

        await store.DeleteDialogAsync(workspaceId, speaker.Member.Id, cancellationToken);
        if (outcome.Finished is null)
        {
            return outcome.Replies;
        }

        if (outcome.Finished.Invalid is { } invalid)
        {
            var problems = invalid.Fields.Where(f => f.Error is not null).Select(f => f.Error!).Prepend(invalid.Error).OfType<string>();
            return Replies.Say(CheckInCommandText.NothingSaved(speaker.Culture), [.. problems, DialogText.StartStreamReviewAgain(speaker.Culture)]);
        }

        var submission = outcome.Finished.Submission! with { SubmissionId = turn.SubmissionId ?? Ids.New() };
        return await RecordAsync(speaker, context, submission, cancellationToken);
    }

    /// <summary>
    /// The prompt to one of the stream's host and crew; null when they are no longer an active member of its team,
    /// are not among its reviewers, have answered already, or its answers closed before <paramref name="at"/>.
    /// </summary>
    public async Task<MessageReply?> PromptAsync(Member member, LiveStream stream, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(stream);
        var current = await store.MemberAsync(stream.WorkspaceId, member.Id, cancellationToken);
        if (current is not { Active: true } || current.TeamId != stream.TeamId || !stream.Reviewers.Contains(current.Id))
        {
            return null;
        }

        var answers = await store.StreamAnswersAsync(stream.WorkspaceId, [stream.Id], cancellationToken);
        if (answers.Any(a => a.AuthorMemberId == current.Id))
        {
            return null;
        }

        var rules = await store.StreamRulesAsync(stream.WorkspaceId, stream.TeamId, cancellationToken);
        var closes = await ClosesAsync(stream, rules, cancellationToken);
        if (at > closes)
        {
            // Sent after an outage that outlasted the answer window, it could only be refused when pressed.
            return null;
        }

        var template = await TemplateLookup.FindAsync(store, stream.WorkspaceId, stream.TeamId, stream.TemplateId, cancellationToken);
        var culture = CultureInfo.GetCultureInfo(current.Locale);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(current.TimeZoneId);
        var ran = StreamTimes.Ran(stream, zone, culture);
        var until = StreamTimes.At(closes, zone, culture);
        return new MessageReply
        {
            Headline = StreamReviewText.PromptHeadline(culture, Reviews.CheckInPrompt.FirstName(current), stream.Title),
            Sections =
            [
                Section.Paragraph(StreamReviewText.PromptRan(culture, ran.Day, ran.Starts, ran.Ends)),
                .. template is null ? Array.Empty<Section>() : [Section.Paragraph(template.Intro(culture))],
            ],
            Context = [StreamReviewText.AnswersTakenUntil(culture, until.Day, until.Time)],
            Buttons =
            [
                new Button(StreamReviewText.ReviewItButton(culture), ActionIds.OpenStreamReview, stream.Id, ButtonStyle.Primary),
                new Button(StreamReviewText.AnswerHereButton(culture), ActionIds.StreamReviewByText, stream.Id),
            ],
            ToMemberId = current.Id,
        };
    }

    /// <summary>When the stream's answers stop being taken, for a prompt written to one reviewer without the team at hand.</summary>
    private async Task<DateTimeOffset> ClosesAsync(LiveStream stream, StreamRules rules, CancellationToken cancellationToken)
    {
        var team = await store.FindTeamAsync(stream.WorkspaceId, stream.TeamId, cancellationToken)
            ?? throw new InvalidOperationException($"Stream {stream.Id}'s team {stream.TeamId} is not in workspace {stream.WorkspaceId}.");
        return StreamReviewWindow.Closes(stream, rules, team, await store.MembersAsync(stream.WorkspaceId, stream.TeamId, cancellationToken));
    }

    /// <summary>Why the speaker may not answer the stream's review now; null when they may.</summary>
    private async Task<IReadOnlyList<Reply>?> RefusalAsync(Speaker speaker, LiveStream stream, CancellationToken cancellationToken)
    {
        var culture = speaker.Culture;
        if (speaker.Team.Id != stream.TeamId || !stream.Reviewers.Contains(speaker.Member.Id))
        {
            var members = await store.AllMembersAsync(stream.WorkspaceId, stream.TeamId, cancellationToken);
            string NameOf(string id) => members.FirstOrDefault(m => m.Id == id)?.Name ?? id;
            var crew = stream.Reviewers.Where(id => id != stream.HostMemberId).Select(NameOf).ToList();
            var whose = crew.Count == 0
                ? StreamReviewText.NotYourReviewHostOnly(culture, stream.Title, NameOf(stream.HostMemberId))
                : StreamReviewText.NotYourReview(culture, stream.Title, NameOf(stream.HostMemberId), Reviews.ReaderPunctuation.Names(crew, culture));
            return Replies.Say(whose, StreamReviewText.YourReviewsComeToYou(culture));
        }

        if (stream.CancelledAt is not null)
        {
            return Replies.Say(StreamReviewText.StreamCancelled(culture, stream.Title));
        }

        if (speaker.Now < StreamReviewWindow.Opens(stream))
        {
            var opens = StreamTimes.At(StreamReviewWindow.Opens(stream), speaker.Zone, culture);
            return Replies.Say(StreamReviewText.ReviewNotOpenYet(culture, stream.Title, opens.Day, opens.Time));
        }

        var rules = await store.StreamRulesAsync(stream.WorkspaceId, stream.TeamId, cancellationToken);
        var closes = StreamReviewWindow.Closes(stream, rules, speaker.Team, speaker.TeamMembers);
        var closed = StreamTimes.At(closes, speaker.Zone, culture);
        return speaker.Now > closes
            ? Replies.Say(StreamReviewText.ReviewClosed(culture, stream.Title, closed.Day, closed.Time), StreamReviewText.TellYourManager(culture))
            : null;
    }

    private async Task<IReadOnlyList<Reply>> RecordAsync(Speaker speaker, CheckInContext context, Submission submission, CancellationToken cancellationToken)
    {
        var stream = context.Stream!;
        var earlier = await store.StreamAnswersAsync(stream.WorkspaceId, [stream.Id], cancellationToken);
        var answeredBefore = earlier.Any(a => a.AuthorMemberId == speaker.Member.Id);
        var recorded = await store.RecordAsync(submission, cancellationToken);
        var culture = speaker.Culture;
        var headline = (recorded, answeredBefore) switch
        {
            (false, _) => StreamReviewText.AlreadyRecorded(culture, stream.Title),
            (true, true) => StreamReviewText.ReviewReplaced(culture, stream.Title),
            _ => StreamReviewText.ReviewRecorded(culture, stream.Title),
        };
        var rules = await store.StreamRulesAsync(stream.WorkspaceId, stream.TeamId, cancellationToken);
        var until = StreamTimes.At(StreamReviewWindow.Closes(stream, rules, speaker.Team, speaker.TeamMembers), speaker.Zone, culture);
        return
        [
            new MessageReply
            {
                Headline = headline,
                Sections = [Section.WithFacts(null, Facts(context, submission, culture))],
                Context = [StreamReviewText.ChangeUntil(culture, until.Day, until.Time)],
                Placement = ReplyPlacement.ReplaceSource,
            },
        ];
    }

    /// <summary>What was recorded, in the template's order: numbers in the reader's culture, ratings as "4/5".</summary>
    private static List<Fact> Facts(CheckInContext context, Submission submission, CultureInfo culture)
    {
        var parts = context.Template.Parts.ToDictionary(p => p.Id, p => p.Title(culture), StringComparer.Ordinal);
        var facts = new List<Fact>();
        foreach (var question in context.Template.Questions)
        {
            if (submission.Answers.FirstOrDefault(a => a.QuestionId == question.Id) is not { } answer)
            {
                continue;
            }

            facts.Add(question switch
            {
                NumberQuestion q when decimal.TryParse(answer.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) =>
                    new Fact(q.Prompt(culture), NumberAnswers.Show(context, q, value, culture)),
                RatingQuestion q when int.TryParse(answer.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) =>
                    new Fact(q.Part is { } part && parts.TryGetValue(part, out var title) ? title : q.Prompt(culture), RatingAnswers.Show(rating, q.Highest)),
                ChoiceQuestion q => new Fact(q.Prompt(culture), q.Choices.FirstOrDefault(c => c.Value == answer.Text)?.Label ?? answer.Text),
                _ => new Fact(question.Prompt(culture), answer.Text),
            });
        }

        return facts;
    }
}
