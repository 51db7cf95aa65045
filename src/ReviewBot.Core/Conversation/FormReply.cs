namespace ReviewBot.Core.Conversation;

/// <summary>
/// A form to fill in: typed fields with their current values and, after an invalid submission, an
/// error beside each wrong field. Submitting it comes back as a <see cref="FormSubmission"/> with <see cref="FormId"/>.
/// </summary>
public sealed record FormReply : Reply
{
    public required string FormId { get; init; }

    public required string Title { get; init; }

    public string? Intro { get; init; }

    public required IReadOnlyList<FormField> Fields { get; init; }

    public string SubmitLabel { get; init; } = "Save";

    /// <summary>A problem with the form as a whole, shown above the fields.</summary>
    public string? Error { get; init; }

    public bool HasErrors => Error is not null || Fields.Any(f => f.Error is not null);
}

/// <param name="Id">Stable within the form; the submission's values are keyed by it.</param>
/// <param name="Unit">For amounts and numbers: what the value is in ("USD", "%", "accounts").</param>
/// <param name="Group">Fields with the same group belong together (one key result's value, confidence and comment).</param>
public sealed record FormField(
    string Id,
    string Label,
    FieldKind Kind,
    bool Required,
    string? Value = null,
    string? Error = null,
    string? Hint = null,
    string? Unit = null,
    IReadOnlyList<Choice>? Choices = null,
    string? Group = null);

public sealed record Choice(string Value, string Label);

public enum FieldKind
{
    /// <summary>A value in a key result's unit, read by the locale-aware parser.</summary>
    Amount,
    Number,
    Choice,
    Text,
    MultilineText,
}
