using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// A review template a team wrote in its team file, in the team's own words (one language: the team's). Stored
/// as it was written and turned into a <see cref="ReviewTemplate"/> the form and the text dialog run like a
/// built-in one.
/// </summary>
public sealed record TemplateDefinition(string Id, string Title, IReadOnlyList<QuestionDefinition> Questions)
{
    public string Intro { get; init; } = "";

    public ReviewSubject Subject { get; init; } = ReviewSubject.LiveStream;

    public IReadOnlyList<PartDefinition> Parts { get; init; } = [];

    /// <summary>The submit button's words; the built-in "Save review" in the reader's language when empty.</summary>
    public string SubmitLabel { get; init; } = "";

    public ReviewTemplate ToTemplate() =>
        new(
            Id,
            _ => Title,
            _ => Intro,
            [.. Questions.Select(q => q.ToQuestion())],
            culture => SubmitLabel.Length > 0 ? SubmitLabel : DialogText.SaveReview(culture))
        {
            Subject = Subject,
            Parts = [.. Parts.Select(p => new TemplatePart(p.Id, _ => p.Title))],
        };
}

public sealed record PartDefinition(string Id, string Title);

/// <summary>One question of a team's template as the team file gives it.</summary>
public sealed record QuestionDefinition(string Id, QuestionKind Kind, string Prompt, bool Required)
{
    /// <summary>
    /// For a number: an ISO 4217 code ("USD"), <c>currency</c> for the currency of what is reviewed, <c>%</c>, or the
    /// name of what is counted ("viewers"). Null otherwise.
    /// </summary>
    public string? Unit { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    public string? Part { get; init; }

    public bool Multiline { get; init; } = true;

    /// <summary>The word for <see cref="Unit"/> meaning "the currency of what is reviewed".</summary>
    public const string SubjectCurrencyWord = "currency";

    public Question ToQuestion()
    {
        Question question = Kind switch
        {
            QuestionKind.Number => new NumberQuestion(Id, _ => Prompt, UnitOf(Unit), Required),
            QuestionKind.Rating => new RatingQuestion(Id, _ => Prompt, Required),
            QuestionKind.Choice => new ChoiceQuestion(Id, _ => Prompt, [.. Choices.Select(c => new Choice(c, c))], Required),
            _ => new TextQuestion(Id, _ => Prompt, Multiline, Required),
        };
        return question with { Part = Part };
    }

    private static KeyResultUnit UnitOf(string? unit) => unit?.Trim() switch
    {
        null or "" => KeyResultUnit.Count("number"),
        SubjectCurrencyWord => KeyResultUnit.Currency(NumberQuestion.SubjectCurrency),
        "%" => KeyResultUnit.Percentage,
        { Length: 3 } code when code.All(char.IsAsciiLetterUpper) => KeyResultUnit.Currency(code),
        var name => KeyResultUnit.Count(name),
    };
}

public enum QuestionKind
{
    Number,
    Rating,
    Choice,
    Text,
}
