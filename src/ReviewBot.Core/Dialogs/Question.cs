using System.Globalization;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Dialogs;

/// <summary>One question of a review template: one of the records below. Its words come in the reader's language.</summary>
/// <param name="Prompt">The question as asked alone: "Value now", "当前数值".</param>
public abstract record Question(string Id, Func<CultureInfo, string> Prompt)
{
    /// <summary>
    /// The id of the template part it belongs to (<see cref="ReviewTemplate.Parts"/>): a live-stream review's
    /// "people", "goods" or "scene". A summary groups answers by it; null for a template without parts.
    /// </summary>
    public string? Part { get; init; }
}

/// <summary>
/// Asked once per key result: its value now, and optionally a confidence and a comment. Answers become
/// check-ins. A key result left empty is skipped unless <paramref name="ValueRequired"/>.
/// </summary>
/// <param name="Label">The question about one key result, from its title: "US revenue: value now".</param>
public sealed record KeyResultValueQuestion(string Id, Func<CultureInfo, string> Prompt, Func<CultureInfo, string, string> Label, bool AskConfidence, bool AskComment, bool ValueRequired) : Question(Id, Prompt);

/// <summary>Asked once per key result, answered in words ("why does the result differ from the target?").</summary>
/// <param name="Label">The question about one key result, from its title.</param>
public sealed record KeyResultTextQuestion(string Id, Func<CultureInfo, string> Prompt, Func<CultureInfo, string, string> Label, bool Required) : Question(Id, Prompt);

/// <summary>
/// A question answered in words. With <paramref name="AttachToCheckIns"/> the answer is stored on each of
/// the submission's check-ins (the week's blockers) instead of as an answer of its own.
/// </summary>
public sealed record TextQuestion(string Id, Func<CultureInfo, string> Prompt, bool Multiline, bool Required, bool AttachToCheckIns = false) : Question(Id, Prompt);

public sealed record ChoiceQuestion(string Id, Func<CultureInfo, string> Prompt, IReadOnlyList<Choice> Choices, bool Required) : Question(Id, Prompt);

/// <summary>
/// A number that is not a key result's value (viewers of a live stream, orders taken), stored as an answer in
/// invariant digits. A currency question whose <see cref="Okrs.CurrencyUnit"/> is <see cref="SubjectCurrency"/> is
/// asked in the currency of what is reviewed (the live stream's), not a fixed one.
/// </summary>
public sealed record NumberQuestion(string Id, Func<CultureInfo, string> Prompt, Okrs.KeyResultUnit Unit, bool Required) : Question(Id, Prompt)
{
    /// <summary>The placeholder currency code for "the currency of what is reviewed".</summary>
    public const string SubjectCurrency = "XXX";

    public bool InSubjectCurrency => Unit is Okrs.CurrencyUnit { IsoCode: SubjectCurrency };
}

/// <summary>A rating from <paramref name="Lowest"/> to <paramref name="Highest"/> (1–5), stored as an answer in invariant digits.</summary>
public sealed record RatingQuestion(string Id, Func<CultureInfo, string> Prompt, bool Required, int Lowest = 1, int Highest = 5) : Question(Id, Prompt);
