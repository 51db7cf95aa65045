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

    /// <summary>The words that keep a key result's value as it was: in the form as in the text dialog.</summary>
    public const string Same = "same";

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
                                $"Confidence for {kr.Title}",
                                FieldKind.Choice,
                                Required: false,
                                Value: ValueOf(confidenceId) ?? (latest is null ? null : ConfidenceText.Value(latest.Confidence)),
                                Error: ErrorOf(confidenceId),
                                Choices: [.. Enum.GetValues<Confidence>().Select(c => new Choice(ConfidenceText.Value(c), ConfidenceText.Label(c)))],
                                Group: kr.Id));
                        }

                        if (q.AskComment)
                        {
                            var commentId = FormIds.Comment(kr.Id, q.Id);
                            fields.Add(new FormField(commentId, $"Comment on {kr.Title}", FieldKind.Text, Required: false, ValueOf(commentId), ErrorOf(commentId), Hint: "What moved it, in a sentence.", Group: kr.Id));
                        }
                    }

                    break;
                case KeyResultTextQuestion q:
                    foreach (var kr in context.KeyResults)
                    {
                        var id = FormIds.KeyResultText(kr.Id, q.Id);
                        fields.Add(new FormField(id, $"{kr.Title}: {q.Prompt}", FieldKind.MultilineText, q.Required, ValueOf(id), ErrorOf(id), Group: kr.Id));
                    }

                    break;
                case TextQuestion q:
                    fields.Add(new FormField(q.Id, q.Prompt, q.Multiline ? FieldKind.MultilineText : FieldKind.Text, q.Required, ValueOf(q.Id), ErrorOf(q.Id)));
                    break;
                case ChoiceQuestion q:
                    fields.Add(new FormField(q.Id, q.Prompt, FieldKind.Choice, q.Required, ValueOf(q.Id), ErrorOf(q.Id), Choices: q.Choices));
                    break;
                case NumberQuestion q:
                    fields.Add(new FormField(q.Id, q.Prompt, FieldKind.Number, q.Required, ValueOf(q.Id), ErrorOf(q.Id), Unit: UnitLabel(q.Unit)));
                    break;
            }
        }

        return new FormReply
        {
            FormId = context.FormId,
            Title = $"{context.Template.Title}: week {context.Week.Number}",
            Intro = $"{context.Template.Intro} {context.Quarter}, week {context.Week.Number} ({Values.DateText.Range(context.Week.FirstDay, context.Week.LastDay, culture)}).",
            Fields = fields,
            SubmitLabel = context.Template.SubmitLabel,
            Error = errors.TryGetValue("", out var formError) ? formError : null,
        };
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
                        if (CheckText(id, Text(id), q.Required, MaxTextLength, $"Say why '{kr.Title}' ended where it did.", errors) is { } text)
                        {
                            answers.Add(Answer(context, q.Id, kr.Id, text, now));
                        }
                    }

                    break;
                case TextQuestion q:
                    if (CheckText(q.Id, Text(q.Id), q.Required, MaxTextLength, $"Please answer: {q.Prompt}", errors) is { } answer && !q.AttachToCheckIns)
                    {
                        answers.Add(Answer(context, q.Id, null, answer, now));
                    }

                    break;
                case ChoiceQuestion q:
                    var choice = Text(q.Id);
                    if (choice.Length == 0 && q.Required)
                    {
                        errors[q.Id] = $"Choose one: {string.Join(", ", q.Choices.Select(c => c.Label))}.";
                    }
                    else if (choice.Length > 0 && q.Choices.All(c => c.Value != choice))
                    {
                        errors[q.Id] = $"'{choice}' is not one of the choices: {string.Join(", ", q.Choices.Select(c => c.Label))}.";
                    }
                    else if (choice.Length > 0)
                    {
                        answers.Add(Answer(context, q.Id, null, choice, now));
                    }

                    break;
                case NumberQuestion q:
                    var number = Text(q.Id);
                    if (number.Length > 0 || q.Required)
                    {
                        var parsed = ValueParser.Parse(number, q.Unit, culture, q.Prompt);
                        if (parsed.IsSuccess)
                        {
                            answers.Add(Answer(context, q.Id, null, parsed.Value.ToString(CultureInfo.InvariantCulture), now));
                        }
                        else
                        {
                            errors[q.Id] = parsed.Error.Message;
                        }
                    }

                    break;
            }
        }

        if (errors.Count == 0 && checkIns.Count == 0 && context.Template.Questions.OfType<KeyResultValueQuestion>().Any())
        {
            errors[""] = context.KeyResults.Count == 0
                ? "You have no key results this quarter, so there is nothing to check in."
                : "Fill in at least one key result (or type same to keep a value as it was).";
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
                errors[valueId] = $"Give the final value of '{keyResult.Title}', for example {Example(keyResult.Unit, culture)}.";
            }
            else if (comment.Length > 0)
            {
                errors[valueId] = $"Give a value for '{keyResult.Title}' with your comment, or type {Same} if it has not moved.";
            }

            return null;
        }

        decimal value;
        var questioned = false;
        if (string.Equals(raw, Same, StringComparison.OrdinalIgnoreCase))
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
                errors[valueId] = doubt.ForForm();
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
                ? $"Choose how confident you are about '{keyResult.Title}': on track, at risk or off track."
                : $"'{confidenceText}' is not a confidence. Choose on track, at risk or off track.";
            return null;
        }

        if (comment.Length > MaxCommentLength)
        {
            errors[commentId] = $"Keep the comment under {MaxCommentLength} characters (it has {comment.Length}).";
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

    public static string UnitLabel(KeyResultUnit unit) => unit switch
    {
        CurrencyUnit c => c.IsoCode,
        CountUnit c => c.Name,
        PercentageUnit => "%",
        _ => "done or not done",
    };

    public static string Example(KeyResultUnit unit, CultureInfo culture) => unit switch
    {
        MilestoneUnit => "done",
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
            ? $"Target {target}. No check-in yet; it started at {ValueFormatter.Format(kr.Start, kr.Unit, culture)}."
            : $"Target {target}. Last: {ValueFormatter.Format(latest.Value, kr.Unit, culture)} in week {latest.WeekNumber}.";
        return kr.Unit is MilestoneUnit
            ? new FormField(id, $"{kr.Title}: {q.Prompt.ToLowerInvariant()}", FieldKind.Choice, q.ValueRequired, value, error, hint, Choices: [new Choice("done", "Done"), new Choice("not done", "Not done")], Group: kr.Id)
            : new FormField(id, $"{kr.Title}: {q.Prompt.ToLowerInvariant()}", FieldKind.Amount, q.ValueRequired, value, error, hint, UnitLabel(kr.Unit), Group: kr.Id);
    }

    private static string? CheckText(string id, string text, bool required, int maxLength, string missing, Dictionary<string, string> errors)
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
            errors[id] = $"Keep it under {maxLength} characters (it has {text.Length}).";
            return null;
        }

        return text;
    }

    private static ReviewAnswer Answer(CheckInContext context, string questionId, string? keyResultId, string text, DateTimeOffset now) =>
        new(Ids.New(), context.Author.WorkspaceId, context.Template.Id, questionId, context.Author.Id, context.Quarter, context.Week.Number, keyResultId, text, now);
}

/// <summary>A read form: what to record, or the form again with its errors. Exactly one is set.</summary>
public sealed record FormReading(Submission? Submission, FormReply? Invalid)
{
    /// <summary>Every value in it that looks wrong (field id → value), whether questioned now or confirmed: what to remember.</summary>
    public IReadOnlyDictionary<string, decimal> Doubtful { get; init; } = new Dictionary<string, decimal>();
}
