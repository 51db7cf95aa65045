using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// The turn-by-turn text variant of a template's form: one question at a time, answers kept under the
/// same field ids the form uses, and the same checks at the end. Understands <c>skip</c>, <c>back</c>,
/// <c>same</c> and <c>cancel</c> and their Chinese (<see cref="AnswerWords"/>), and speaks the member's
/// language. Pure: it maps (state, text) to (state', replies).
/// </summary>
public static class TextDialog
{
    // A comment follows the confidence after a colon or comma, the full-width ones of Chinese input too.
    private static readonly System.Buffers.SearchValues<char> CommentSeparators = System.Buffers.SearchValues.Create(":：-–,，");

    private enum StepKind
    {
        Value,
        Confidence,
        KeyResultText,
        Text,
        Choice,
        Number,
        Rating,
    }

    /// <summary>The state after a turn (null when the dialog ended) and what to say.</summary>
    public sealed record Outcome(DialogState? State, IReadOnlyList<Reply> Replies, FormReading? Finished, bool Cancelled = false);

    public static Outcome Start(CheckInContext context, string conversationId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var state = new DialogState(context.Author.WorkspaceId, context.Author.Id, conversationId, context.Template.Id, context.Quarter, context.Week.Number, 0, new Dictionary<string, string>(), now)
        {
            SubjectId = context.SubjectId,
        };
        var culture = context.Culture;
        var title = context.Template.Title(culture);
        var intro = context.Stream is { } stream
            ? new MessageReply
            {
                Headline = DialogText.StreamDialogHeadline(culture, title, stream.Title),
                Sections = [Section.Paragraph(TemplateForm.StreamIntro(context, stream))],
                Context = [DialogText.StreamDialogHowTo(culture)],
            }
            : new MessageReply
            {
                Headline = DialogText.DialogHeadline(culture, title, context.Week.Number),
                Sections = [Section.Paragraph(context.Template.Intro(culture))],
                Context = [DialogText.DialogHowTo(culture)],
            };
        return new Outcome(state, [intro, Ask(context, state)], null);
    }

    /// <summary>The question the dialog is waiting on, asked again (after a restart, or when someone asks).</summary>
    public static Reply Ask(CheckInContext context, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var steps = Steps(context);
        var step = steps[Math.Min(state.Step, steps.Count - 1)];
        var culture = context.Culture;
        var (number, count) = (state.Step + 1, steps.Count);
        if (PendingDoubt(context, step, state.Answers) is { } doubt)
        {
            return DoubtPrompt(step.KeyResult!, doubt, culture);
        }

        return step.Kind switch
        {
            StepKind.Value => Prompt(
                DialogText.ValueStep(culture, step.KeyResult!.Title, number, count),
                ValuePrompt(context, step.KeyResult, (KeyResultValueQuestion)step.Question),
                DialogText.ValueHint(culture)),
            StepKind.Confidence => Prompt(
                DialogText.ConfidenceStep(culture, step.KeyResult!.Title, number, count),
                DialogText.ConfidenceQuestion(culture),
                DialogText.ConfidenceHint(culture)),
            StepKind.KeyResultText => Prompt(DialogText.ValueStep(culture, step.KeyResult!.Title, number, count), step.Question.Prompt(culture), Hint(step, culture)),
            StepKind.Choice => Prompt(
                DialogText.Step(culture, number, count),
                DialogText.QuestionWithChoices(culture, step.Question.Prompt(culture), string.Join(", ", ((ChoiceQuestion)step.Question).Choices.Select(c => c.Value))),
                Hint(step, culture)),
            StepKind.Rating => Prompt(DialogText.Step(culture, number, count), step.Question.Prompt(culture), RatingHint((RatingQuestion)step.Question, culture)),
            StepKind.Number => Prompt(DialogText.Step(culture, number, count), NumberPrompt(context, (NumberQuestion)step.Question), NumberHint(context, (NumberQuestion)step.Question)),
            _ => Prompt(DialogText.Step(culture, number, count), step.Question.Prompt(culture), Hint(step, culture)),
        };

        string ValuePrompt(CheckInContext c, KeyResult kr, KeyResultValueQuestion q)
        {
            var latest = c.History.Latest(kr.Id);
            var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
            var last = latest is null ? null : ValueFormatter.Format(latest.Value, kr.Unit, culture);
            return (kr.Unit, latest) switch
            {
                (MilestoneUnit, null) => DialogText.MilestoneQuestionFirst(culture, target),
                (MilestoneUnit, _) => DialogText.MilestoneQuestionSince(culture, target, last!, latest.WeekNumber),
                (_, null) => DialogText.ValueQuestionFirst(culture, q.Prompt(culture), UnitWords.Describe(kr.Unit, culture), target),
                _ => DialogText.ValueQuestionSince(culture, q.Prompt(culture), UnitWords.Describe(kr.Unit, culture), target, last!, latest.WeekNumber),
            };
        }
    }

    public static Outcome Continue(CheckInContext context, DialogState state, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        var steps = Steps(context);
        var input = text.Trim();
        var answers = new Dictionary<string, string>(state.Answers, StringComparer.Ordinal);
        var step = steps[Math.Min(state.Step, steps.Count - 1)];
        var culture = context.Culture;

        if (AnswerWords.IsCancel(input))
        {
            return new Outcome(null, [new MessageReply { Headline = DialogText.DialogCancelled(culture, context.Template.Title(culture)), Context = [context.Stream is null ? DialogText.StartAgain(culture) : DialogText.StartStreamReviewAgain(culture)] }], null, Cancelled: true);
        }

        // Whatever comes after "did you mean …?" answers it: yes keeps the value, anything else replaces it.
        var pendingKey = step.KeyResult is null ? null : QuestionedValues.Pending(FormIds.Value(step.KeyResult.Id, step.Question.Id));
        var wasAsking = pendingKey is not null && answers.Remove(pendingKey);
        var keeps = wasAsking && AnswerWords.IsKeep(input);
        if (AnswerWords.IsBack(input))
        {
            var previous = Math.Max(0, state.Step - 1);
            // Going back over a skipped key result's confidence lands on its value question.
            if (previous > 0 && steps[previous].Kind == StepKind.Confidence && !answers.ContainsKey(FormIds.Value(steps[previous].KeyResult!.Id, steps[previous].Question.Id)))
            {
                previous--;
            }

            var moved = state with { Step = previous, Answers = answers, UpdatedAt = now };
            return new Outcome(moved, [Ask(context, moved)], null);
        }

        // A kept value is already in the answers; anything else is a fresh answer, checked afresh.
        var error = keeps ? null : Answer(context, step, input, answers);
        if (error is not null)
        {
            var unchanged = state with { Answers = answers, UpdatedAt = now };
            return new Outcome(unchanged, [Prompt(DialogText.AnswerDidNotWork(culture), error, DialogText.TryAgainHint(culture)), Ask(context, unchanged)], null);
        }

        if (!keeps && step.Kind == StepKind.Value && Doubt(context, step, answers) is not null)
        {
            // Asked once; the value waits in the answers until yes, and is remembered as asked about.
            var valueId = FormIds.Value(step.KeyResult!.Id, step.Question.Id);
            answers[pendingKey!] = answers[valueId];
            QuestionedValues.Remember(answers, valueId, ReadAnswer(context, step, answers[valueId])!.Value);
            var asking = state with { Answers = answers, UpdatedAt = now };
            return new Outcome(asking, [Ask(context, asking)], null);
        }

        var next = state.Step + 1;
        if (step.Kind == StepKind.Value && !answers.ContainsKey(FormIds.Value(step.KeyResult!.Id, step.Question.Id)) && next < steps.Count && steps[next].Kind == StepKind.Confidence)
        {
            next++;
        }

        var advanced = state with { Step = next, Answers = answers, UpdatedAt = now };
        if (next < steps.Count)
        {
            return new Outcome(advanced, [Ask(context, advanced)], null);
        }

        var reading = TemplateForm.Read(context, answers, Workspaces.ChatPlatform.Playground, now, "", QuestionedValues.Of(answers));
        if (reading.Invalid is { } invalid && FirstWrongStep(steps, invalid) is { } wrong)
        {
            // An answer that clashes with one changed after it (a peak above viewers lowered on the way back) is asked
            // again where it was given, rather than throwing the whole dialog away.
            var back = state with { Step = wrong.Step, Answers = answers, UpdatedAt = now };
            return new Outcome(back, [Prompt(DialogText.AnswerDidNotWork(culture), wrong.Problem, DialogText.TryAgainHint(culture)), Ask(context, back)], null);
        }

        return new Outcome(null, [], reading);
    }

    /// <summary>The first step whose answer the form found wrong, with what was wrong; null when no step's field is.</summary>
    private static (int Step, string Problem)? FirstWrongStep(List<Step> steps, FormReply invalid)
    {
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            if (step.KeyResult is null && invalid.Fields.FirstOrDefault(f => f.Id == step.Question.Id && f.Error is not null) is { } field)
            {
                return (index, field.Error!);
            }
        }

        return null;
    }

    private static string NumberPrompt(CheckInContext context, NumberQuestion question)
    {
        var culture = context.Culture;
        return context.UnitOf(question) is CurrencyUnit currency
            ? DialogText.NumberQuestionIn(culture, question.Prompt(culture), currency.IsoCode)
            : question.Prompt(culture);
    }

    private static string NumberHint(CheckInContext context, NumberQuestion question)
    {
        var example = TemplateForm.Example(context.UnitOf(question), context.Culture);
        return question.Required ? DialogText.NumberHint(context.Culture, example) : DialogText.NumberHintOptional(context.Culture, example);
    }

    private static string RatingHint(RatingQuestion question, CultureInfo culture) =>
        question.Required ? DialogText.RatingHint(culture, question.Lowest, question.Highest) : DialogText.RatingHintOptional(culture, question.Lowest, question.Highest);

    /// <summary>The doubt about the value the dialog is waiting on a yes for; null when it waits on nothing.</summary>
    private static ValueDoubt? PendingDoubt(CheckInContext context, Step step, IReadOnlyDictionary<string, string> answers) =>
        step.Kind == StepKind.Value && answers.ContainsKey(QuestionedValues.Pending(FormIds.Value(step.KeyResult!.Id, step.Question.Id)))
            ? Doubt(context, step, answers)
            : null;

    /// <summary>What looks wrong with the step's answer, unless it was asked about already with that very value.</summary>
    private static ValueDoubt? Doubt(CheckInContext context, Step step, IReadOnlyDictionary<string, string> answers)
    {
        var valueId = FormIds.Value(step.KeyResult!.Id, step.Question.Id);
        if (!answers.TryGetValue(valueId, out var raw) || ReadAnswer(context, step, raw) is not { } value)
        {
            return null;
        }

        var doubt = PlausibilityCheck.Check(step.KeyResult, value, context.EarlierWeek(step.KeyResult), context.Culture);
        var pending = answers.ContainsKey(QuestionedValues.Pending(valueId));
        return doubt is not null && (pending || !QuestionedValues.Of(answers).TryGetValue(valueId, out var asked) || asked != value) ? doubt : null;
    }

    /// <summary>The value of a typed answer; null for same (checked when it was first given) and for text that does not read.</summary>
    private static decimal? ReadAnswer(CheckInContext context, Step step, string raw)
    {
        if (AnswerWords.IsSame(raw))
        {
            return null;
        }

        var parsed = ValueParser.Parse(raw, step.KeyResult!.Unit, context.Culture, step.KeyResult.Title);
        return parsed.IsSuccess ? parsed.Value : null;
    }

    private static MessageReply DoubtPrompt(KeyResult keyResult, ValueDoubt doubt, CultureInfo culture) => Prompt(
        doubt.Suggested is null ? DialogText.IsItRight(culture, keyResult.Title, doubt.Kept) : DialogText.DidYouMean(culture, keyResult.Title, doubt.Suggested),
        doubt.ForText(culture),
        DialogText.DoubtHint(culture));

    /// <summary>Checks one answer and stores it; returns what was wrong, or null.</summary>
    private static string? Answer(CheckInContext context, Step step, string input, Dictionary<string, string> answers)
    {
        var skip = AnswerWords.IsSkip(input);
        var culture = context.Culture;
        switch (step.Kind)
        {
            case StepKind.Value:
                var question = (KeyResultValueQuestion)step.Question;
                var kr = step.KeyResult!;
                var valueId = FormIds.Value(kr.Id, question.Id);
                answers.Remove(valueId);
                answers.Remove(QuestionedValues.Pending(valueId));
                answers.Remove(FormIds.Confidence(kr.Id, question.Id));
                answers.Remove(FormIds.Comment(kr.Id, question.Id));
                if (skip)
                {
                    return question.ValueRequired ? DialogText.ValueNeeded(culture, context.Template.Title(culture).ToLowerInvariant(), kr.Title) : null;
                }

                // The value is checked alone; a confidence comes in the next step.
                var errors = new Dictionary<string, string>();
                var probe = question with { AskConfidence = false, AskComment = false };
                TemplateForm.ReadValue(context, probe, kr, id => id == valueId ? input : "", errors, context.Culture);
                if (errors.TryGetValue(valueId, out var valueError))
                {
                    return valueError;
                }

                answers[valueId] = input;
                return null;

            case StepKind.Confidence:
                var q = (KeyResultValueQuestion)step.Question;
                var separator = input.IndexOfAny(CommentSeparators);
                var confidenceText = separator < 0 ? input : input[..separator];
                if (!ConfidenceText.TryRead(confidenceText, out var confidence))
                {
                    return DialogText.NotAConfidence(culture, confidenceText.Trim());
                }

                var comment = separator < 0 ? "" : input[(separator + 1)..].Trim();
                if (comment.Length > TemplateForm.MaxCommentLength)
                {
                    return DialogText.CommentTooLong(culture, TemplateForm.MaxCommentLength, comment.Length);
                }

                answers[FormIds.Confidence(step.KeyResult!.Id, q.Id)] = ConfidenceText.Value(confidence);
                if (comment.Length > 0)
                {
                    answers[FormIds.Comment(step.KeyResult.Id, q.Id)] = comment;
                }

                return null;

            case StepKind.Number:
                var numberQuestion = (NumberQuestion)step.Question;
                answers.Remove(numberQuestion.Id);
                if (skip || AnswerWords.IsNone(input) || input.Length == 0)
                {
                    return numberQuestion.Required ? DialogText.NumberNeeded(culture) : null;
                }

                var read = NumberAnswers.Read(context, numberQuestion, input, other => NumberAnswers.ValueOf(context, other, answers.GetValueOrDefault(other)));
                if (read.Error is not null)
                {
                    return read.Error;
                }

                answers[numberQuestion.Id] = input;
                return null;

            case StepKind.Rating:
                var ratingQuestion = (RatingQuestion)step.Question;
                answers.Remove(ratingQuestion.Id);
                if (skip || AnswerWords.IsNone(input) || input.Length == 0)
                {
                    return ratingQuestion.Required ? DialogText.RatingNeeded(culture, ratingQuestion.Lowest, ratingQuestion.Highest) : null;
                }

                if (!RatingAnswers.TryRead(input, ratingQuestion.Lowest, ratingQuestion.Highest, out var rating))
                {
                    return DialogText.NotARating(culture, input, ratingQuestion.Lowest, ratingQuestion.Highest);
                }

                answers[ratingQuestion.Id] = rating.ToString(CultureInfo.InvariantCulture);
                return null;

            case StepKind.Choice when !AnswerWords.IsSkip(input) && !AnswerWords.IsNone(input):
                var choiceQuestion = (ChoiceQuestion)step.Question;
                // The value or its label, in any case: what the question listed.
                var chosen = choiceQuestion.Choices.FirstOrDefault(c => string.Equals(c.Value, input, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Label, input, StringComparison.OrdinalIgnoreCase));
                if (chosen is null)
                {
                    return DialogText.NotAChoice(culture, input, string.Join(", ", choiceQuestion.Choices.Select(c => c.Value)));
                }

                answers[choiceQuestion.Id] = chosen.Value;
                return null;

            default:
                var id = step.KeyResult is null ? step.Question.Id : FormIds.KeyResultText(step.KeyResult.Id, step.Question.Id);
                var required = step.Question switch
                {
                    KeyResultTextQuestion t => t.Required,
                    TextQuestion t => t.Required,
                    ChoiceQuestion c => c.Required,
                    NumberQuestion n => n.Required,
                    _ => false,
                };
                if (skip || AnswerWords.IsNone(input))
                {
                    answers.Remove(id);
                    return skip && required ? DialogText.AnswerNeeded(culture) : null;
                }

                if (input.Length > TemplateForm.MaxTextLength)
                {
                    return DialogText.TextTooLong(culture, TemplateForm.MaxTextLength, input.Length);
                }

                answers[id] = input;
                return null;
        }
    }

    private static string Hint(Step step, CultureInfo culture) => step.Question switch
    {
        KeyResultTextQuestion { Required: true } or TextQuestion { Required: true } => DialogText.SentencesHint(culture),
        _ => DialogText.SentenceOrNoneHint(culture),
    };

    private static MessageReply Prompt(string headline, string text, string hint) =>
        new() { Headline = headline, Sections = [Section.Paragraph(text)], Context = [hint] };

    private static List<Step> Steps(CheckInContext context)
    {
        var steps = new List<Step>();
        foreach (var question in context.Template.Questions)
        {
            switch (question)
            {
                case KeyResultValueQuestion q:
                    foreach (var kr in context.KeyResults)
                    {
                        steps.Add(new Step(StepKind.Value, q, kr));
                        if (q.AskConfidence)
                        {
                            steps.Add(new Step(StepKind.Confidence, q, kr));
                        }
                    }

                    break;
                case KeyResultTextQuestion q:
                    steps.AddRange(context.KeyResults.Select(kr => new Step(StepKind.KeyResultText, q, kr)));
                    break;
                case TextQuestion q:
                    steps.Add(new Step(StepKind.Text, q, null));
                    break;
                case ChoiceQuestion q:
                    steps.Add(new Step(StepKind.Choice, q, null));
                    break;
                case NumberQuestion q:
                    steps.Add(new Step(StepKind.Number, q, null));
                    break;
                case RatingQuestion q:
                    steps.Add(new Step(StepKind.Rating, q, null));
                    break;
            }
        }

        return steps;
    }

    private sealed record Step(StepKind Kind, Question Question, KeyResult? KeyResult);
}
