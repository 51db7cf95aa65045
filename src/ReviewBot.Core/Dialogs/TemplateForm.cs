using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Values;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// Turns a review template into a form for one person and week, and reads a filled-in form back:
/// either everything it records, or the same form with the person's inputs kept and an error beside
/// each wrong field. Nothing is recorded from a form with any error.
/// </summary>
public static class TemplateForm
{
    public const int MaxCommentLength = 500;
    public const int MaxTextLength = 2000;

    public static FormReply Build(CheckInContext context, IReadOnlyDictionary<string, string>? values = null, IReadOnlyDictionary<string, string>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        values ??= new Dictionary<string, string>();
        errors ??= new Dictionary<string, string>();
        var culture = context.Culture;
        var fields = new List<FormField>();

        string? ValueOf(string id) => values.TryGetValue(id, out var v) ? v : null;
        string? ErrorOf(string id) => errors.TryGetValue(id, out var e) ? e : null;

        foreach (var question in context.Template.Questions)
        {
            switch (question)
            {
                case KeyResultValueQuestion q:
                    foreach (var kr in context.KeyResults)
                    {
                        var id = FormIds.Value(kr.Id, q.Id);
                        var latest = context.History.Latest(kr.Id);
                        fields.Add(ValueField(kr, q, id, ValueOf(id) ?? (latest is null ? null : EditText(latest.Value, kr.Unit, culture)), ErrorOf(id), latest, culture));
                        if (q.AskConfidence)
                        {
                            var confidenceId = FormIds.Confidence(kr.Id, q.Id);
                            fields.Add(new FormField(
                                confidenceId,
                                DialogText.ConfidenceFor(culture, kr.Title),
                                FieldKind.Choice,
                                Required: false,
                                Value: ValueOf(confidenceId) ?? (latest is null ? null : ConfidenceText.Value(latest.Confidence)),
                                Error: ErrorOf(confidenceId),
                                Choices: [.. Enum.GetValues<Confidence>().Select(c => new Choice(ConfidenceText.Value(c), ConfidenceText.Label(c, culture)))],
                                Group: kr.Id));
                        }

                        if (q.AskComment)
                        {
                            var commentId = FormIds.Comment(kr.Id, q.Id);
                            fields.Add(new FormField(commentId, DialogText.CommentOn(culture, kr.Title), FieldKind.Text, Required: false, ValueOf(commentId), ErrorOf(commentId), Hint: DialogText.CommentHint(culture), Group: kr.Id));
                        }
                    }

                    break;
                case KeyResultTextQuestion q:
                    foreach (var kr in context.KeyResults)
                    {
                        var id = FormIds.KeyResultText(kr.Id, q.Id);
                        fields.Add(new FormField(id, q.Label(culture, kr.Title), FieldKind.MultilineText, q.Required, ValueOf(id), ErrorOf(id), Group: kr.Id));
                    }

                    break;
                case TextQuestion q:
                    fields.Add(new FormField(q.Id, q.Prompt(culture), q.Multiline ? FieldKind.MultilineText : FieldKind.Text, q.Required, ValueOf(q.Id), ErrorOf(q.Id), Group: q.Part));
                    break;
                case ChoiceQuestion q:
                    fields.Add(new FormField(q.Id, q.Prompt(culture), FieldKind.Choice, q.Required, ValueOf(q.Id), ErrorOf(q.Id), Choices: q.Choices, Group: q.Part));
                    break;
                case RatingQuestion q:
                    fields.Add(new FormField(q.Id, q.Prompt(culture), FieldKind.Choice, q.Required, ValueOf(q.Id), ErrorOf(q.Id), Choices: RatingChoices(q, culture), Group: q.Part));
                    break;
                case NumberQuestion q:
                    var unit = context.UnitOf(q);
                    // A count's name is the template's word ("viewers"), and the label already says what is counted.
                    fields.Add(new FormField(q.Id, q.Prompt(culture), FieldKind.Number, q.Required, ValueOf(q.Id), ErrorOf(q.Id), Unit: unit is CountUnit ? null : UnitLabel(unit, culture), Group: q.Part));
                    break;
            }
        }

        var title = context.Template.Title(culture);
        return new FormReply
        {
            FormId = context.FormId,
            Title = context.Stream is { } stream
                ? DialogText.StreamFormTitle(culture, title, stream.Title)
                : DialogText.FormTitle(culture, title, context.Week.Number),
            Intro = context.Stream is { } reviewed
                ? StreamIntro(context, reviewed)
                : DialogText.FormIntro(culture, context.Template.Intro(culture), context.Quarter.ToString(), context.Week.Number, Values.DateText.Range(context.Week.FirstDay, context.Week.LastDay, culture)),
            Fields = fields,
            SubmitLabel = context.Template.SubmitLabel(culture),
            Error = errors.TryGetValue("", out var formError) ? formError : null,
        };
    }

    /// <summary>The template's intro, then which stream it reviews and when that ran, in the reader's time zone.</summary>
    public static string StreamIntro(CheckInContext context, Streams.LiveStream stream)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var (day, starts, ends) = StreamTimes.Ran(stream, context.Zone, culture);
        return DialogText.StreamFormIntro(culture, context.Template.Intro(culture), stream.Title, day, starts, ends);
    }

    /// <summary>Reads a submission. Fields the form did not have (someone else's key results) are ignored.</summary>
    /// <param name="questioned">Values asked about once before (field id → value): submitted again, they are taken as meant.</param>
    public static FormReading Read(
        CheckInContext context,
        IReadOnlyDictionary<string, string> values,
        ChatPlatform source,
        DateTimeOffset now,
        string submissionId,
        IReadOnlyDictionary<string, decimal>? questioned = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(values);
        var culture = context.Culture;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var doubts = new ValueDoubts(questioned ?? new Dictionary<string, decimal>());
        var checkIns = new List<CheckIn>();
        var answers = new List<ReviewAnswer>();
        string Text(string id) => values.TryGetValue(id, out var v) ? v?.Trim() ?? "" : "";

        var attached = context.Template.Questions.OfType<TextQuestion>().Where(q => q.AttachToCheckIns).Select(q => Text(q.Id)).FirstOrDefault(t => t.Length > 0);
        foreach (var question in context.Template.Questions)
        {
            switch (question)
            {
                case KeyResultValueQuestion q:
                    foreach (var kr in context.KeyResults)
                    {
                        var checkIn = ReadValue(context, q, kr, Text, errors, culture, doubts);
                        if (checkIn is not null)
                        {
                            checkIns.Add(checkIn with
                            {
                                Id = Ids.New(),
                                Source = source,
                                RecordedAt = now,
                                Blockers = attached,
                            });
                        }
                    }

                    break;
                case KeyResultTextQuestion q:
                    foreach (var kr in context.KeyResults)
                    {
                        var id = FormIds.KeyResultText(kr.Id, q.Id);
                        if (CheckText(id, Text(id), q.Required, MaxTextLength, DialogText.SayWhy(culture, kr.Title), errors, culture) is { } text)
                        {
                            answers.Add(Answer(context, q.Id, kr.Id, text, now));
                        }
                    }

                    break;
                case TextQuestion q:
                    if (CheckText(q.Id, Text(q.Id), q.Required, MaxTextLength, DialogText.PleaseAnswer(culture, q.Prompt(culture)), errors, culture) is { } answer && !q.AttachToCheckIns)
                    {
                        answers.Add(Answer(context, q.Id, null, answer, now));
                    }

                    break;
                case ChoiceQuestion q:
                    var choice = Text(q.Id);
                    if (choice.Length == 0 && q.Required)
                    {
                        errors[q.Id] = DialogText.ChooseOne(culture, string.Join(", ", q.Choices.Select(c => c.Label)));
                    }
                    else if (choice.Length > 0 && q.Choices.All(c => c.Value != choice))
                    {
                        errors[q.Id] = DialogText.NotAChoice(culture, choice, string.Join(", ", q.Choices.Select(c => c.Label)));
                    }
                    else if (choice.Length > 0)
                    {
                        answers.Add(Answer(context, q.Id, null, choice, now));
                    }

                    break;
                case RatingQuestion q:
                    var rated = Text(q.Id);
                    if (rated.Length == 0)
                    {
                        if (q.Required)
                        {
                            errors[q.Id] = DialogText.ChooseRating(culture, q.Lowest, q.Highest);
                        }
                    }
                    else if (RatingAnswers.TryRead(rated, q.Lowest, q.Highest, out var rating))
                    {
                        answers.Add(Answer(context, q.Id, null, rating.ToString(CultureInfo.InvariantCulture), now));
                    }
                    else
                    {
                        errors[q.Id] = DialogText.NotARating(culture, rated, q.Lowest, q.Highest);
                    }

                    break;
                case NumberQuestion q:
                    var number = Text(q.Id);
                    if (number.Length > 0 || q.Required)
                    {
                        var read = NumberAnswers.Read(context, q, number, id => NumberAnswers.ValueOf(context, id, Text(id)));
                        if (read.Value is { } value)
                        {
                            // Stored as typed digits without the scale the parse gave ("12500", not "12500.00").
                            answers.Add(Answer(context, q.Id, null, value.ToString("0.############################", CultureInfo.InvariantCulture), now));
                        }
                        else
                        {
                            errors[q.Id] = read.Error!;
                        }
                    }

                    break;
            }
        }

        if (errors.Count == 0 && checkIns.Count == 0 && context.Template.Questions.OfType<KeyResultValueQuestion>().Any())
        {
            errors[""] = context.KeyResults.Count == 0
                ? DialogText.NoKeyResultsThisQuarter(culture)
                : DialogText.FillInOneKeyResult(culture);
        }

        return errors.Count > 0
            ? new FormReading(null, Build(context, values, errors)) { Doubtful = doubts.Found }
            : new FormReading(new Submission(context.Author.WorkspaceId, submissionId, checkIns, answers), null) { Doubtful = doubts.Found };
    }

    /// <summary>Checks one key result's value with its confidence and comment; null when skipped, wrong or questioned.</summary>
    /// <param name="doubts">Where a value that reads but looks wrong is questioned; null to read the value without that check.</param>
    public static CheckIn? ReadValue(
        CheckInContext context,
        KeyResultValueQuestion question,
        KeyResult keyResult,
        Func<string, string> text,
        IDictionary<string, string> errors,
        CultureInfo culture,
        ValueDoubts? doubts = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(keyResult);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var valueId = FormIds.Value(keyResult.Id, question.Id);
        var confidenceId = FormIds.Confidence(keyResult.Id, question.Id);
        var commentId = FormIds.Comment(keyResult.Id, question.Id);
        var raw = text(valueId);
        var comment = question.AskComment ? text(commentId) : "";
        var confidenceText = question.AskConfidence ? text(confidenceId) : "";

        if (raw.Length == 0)
        {
            if (question.ValueRequired)
            {
                errors[valueId] = DialogText.GiveFinalValue(culture, keyResult.Title, Example(keyResult.Unit, culture));
            }
            else if (comment.Length > 0)
            {
                errors[valueId] = DialogText.GiveValueWithComment(culture, keyResult.Title);
            }

            return null;
        }

        decimal value;
        var questioned = false;
        if (AnswerWords.IsSame(raw))
        {
            // Last week's value again: it was checked when it was given.
            value = context.LatestValue(keyResult);
        }
        else
        {
            var parsed = ValueParser.Parse(raw, keyResult.Unit, culture, keyResult.Title);
            if (!parsed.IsSuccess)
            {
                errors[valueId] = parsed.Error.Message;
                return null;
            }

            value = parsed.Value;
            if (doubts?.Question(context, keyResult, valueId, value) is { } doubt)
            {
                // Told beside the field; the confidence and comment are still checked so one round shows everything.
                errors[valueId] = doubt.ForForm(culture);
                questioned = true;
            }
        }

        Confidence confidence;
        if (!question.AskConfidence)
        {
            confidence = ConfidenceText.FromScore(KeyResultScore.Of(keyResult, value).Score);
        }
        else if (!ConfidenceText.TryRead(confidenceText, out confidence))
        {
            errors[confidenceId] = confidenceText.Length == 0
                ? DialogText.ChooseConfidence(culture, keyResult.Title)
                : DialogText.NotAConfidenceChoice(culture, confidenceText);
            return null;
        }

        if (comment.Length > MaxCommentLength)
        {
            errors[commentId] = DialogText.CommentTooLong(culture, MaxCommentLength, comment.Length);
            return null;
        }

        if (questioned)
        {
            return null;
        }

        return new CheckIn
        {
            Id = "",
            WorkspaceId = context.Author.WorkspaceId,
            KeyResultId = keyResult.Id,
            AuthorMemberId = context.Author.Id,
            Quarter = context.Quarter,
            WeekNumber = context.Week.Number,
            Value = value,
            Confidence = confidence,
            Comment = comment.Length == 0 ? null : comment,
            Source = ChatPlatform.Playground,
            RecordedAt = default,
        };
    }

    public static string UnitLabel(KeyResultUnit unit, CultureInfo culture) => unit switch
    {
        CurrencyUnit c => c.IsoCode,
        CountUnit c => c.Name,
        PercentageUnit => "%",
        _ => DialogText.DoneOrNotDone(culture),
    };

    public static string Example(KeyResultUnit unit, CultureInfo culture) => unit switch
    {
        MilestoneUnit => DialogText.MilestoneExample(culture),
        PercentageUnit => ValueFormatter.Format(12.5m, unit, culture),
        CountUnit => 42m.ToString(culture),
        _ => ValueFormatter.Format(3_200_000m, unit, culture),
    };

    private static string EditText(decimal value, KeyResultUnit unit, CultureInfo culture) =>
        unit is MilestoneUnit ? (value >= MilestoneUnit.Done ? "done" : "not done") : ValueText.ForEditing(value, culture);

    private static FormField ValueField(KeyResult kr, KeyResultValueQuestion q, string id, string? value, string? error, CheckIn? latest, CultureInfo culture)
    {
        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        var hint = latest is null
            ? DialogText.TargetNoCheckInYet(culture, target, ValueFormatter.Format(kr.Start, kr.Unit, culture))
            : DialogText.TargetLastCheckIn(culture, target, ValueFormatter.Format(latest.Value, kr.Unit, culture), latest.WeekNumber);
        // The choices' values stay the English words every culture reads back; only their labels are the reader's.
        return kr.Unit is MilestoneUnit
            ? new FormField(id, q.Label(culture, kr.Title), FieldKind.Choice, q.ValueRequired, value, error, hint, Choices: [new Choice("done", DialogText.Done(culture)), new Choice("not done", DialogText.NotDone(culture))], Group: kr.Id)
            : new FormField(id, q.Label(culture, kr.Title), FieldKind.Amount, q.ValueRequired, value, error, hint, UnitLabel(kr.Unit, culture), Group: kr.Id);
    }

    private static string? CheckText(string id, string text, bool required, int maxLength, string missing, Dictionary<string, string> errors, CultureInfo culture)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors[id] = missing;
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors[id] = DialogText.TextTooLong(culture, maxLength, text.Length);
            return null;
        }

        return text;
    }

    private static ReviewAnswer Answer(CheckInContext context, string questionId, string? keyResultId, string text, DateTimeOffset now) =>
        new(Ids.New(), context.Author.WorkspaceId, context.Template.Id, questionId, context.Author.Id, context.Quarter, context.Week.Number, keyResultId, text, now)
        {
            SubjectId = context.SubjectId,
        };

    /// <summary>
    /// A rating's choices: their values the digits every culture reads back, their labels the reader's words, the
    /// lowest "poor" and the highest "excellent" (on a 1–5 scale every step has its word).
    /// </summary>
    public static IReadOnlyList<Choice> RatingChoices(RatingQuestion question, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(question);
        var fiveSteps = question.Highest - question.Lowest == 4;
        return [.. Enumerable.Range(question.Lowest, question.Highest - question.Lowest + 1).Select(rating =>
        {
            var label = (rating - question.Lowest) switch
            {
                0 => DialogText.RatingPoor(culture, rating),
                _ when rating == question.Highest => DialogText.RatingExcellent(culture, rating),
                1 when fiveSteps => DialogText.RatingFair(culture, rating),
                2 when fiveSteps => DialogText.RatingGood(culture, rating),
                3 when fiveSteps => DialogText.RatingVeryGood(culture, rating),
                _ => rating.ToString(culture),
            };
            return new Choice(rating.ToString(CultureInfo.InvariantCulture), label);
        })];
    }
}

/// <summary>A read form: what to record, or the form again with its errors. Exactly one is set.</summary>
public sealed record FormReading(Submission? Submission, FormReply? Invalid)
{
    /// <summary>Every value in it that looks wrong (field id → value), whether questioned now or confirmed: what to remember.</summary>
    public IReadOnlyDictionary<string, decimal> Doubtful { get; init; } = new Dictionary<string, decimal>();
}
