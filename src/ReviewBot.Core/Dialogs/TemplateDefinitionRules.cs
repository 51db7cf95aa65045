using System.Text.RegularExpressions;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// One thing wrong with a team's own template: which template (its place in the team's list), which question
/// (its place in the template, null for the template itself), which field, and what would work. In English: the
/// operator who wrote the team file reads it among the import's other errors.
/// </summary>
public sealed record TemplateProblem(int Template, int? Question, string Field, string Message);

/// <summary>
/// What makes a team's templates runnable: the form, the text dialog and the summary rely on ids that are unique
/// and plain, on every number having a unit, on choices to choose from, and on parts that exist.
/// </summary>
public static partial class TemplateDefinitionRules
{
    public static IReadOnlyList<TemplateProblem> Check(IReadOnlyList<TemplateDefinition> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var problems = new List<TemplateProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < templates.Count; t++)
        {
            var template = templates[t];
            if (string.IsNullOrWhiteSpace(template.Id))
            {
                problems.Add(new(t, null, "id", "is missing; a short stable name for the template, like shop-stream."));
            }
            else if (!IdPattern().IsMatch(template.Id))
            {
                problems.Add(new(t, null, "id", $"'{template.Id}' should be lower-case letters, digits and dashes, like shop-stream."));
            }
            else if (ReviewTemplates.Find(template.Id) is not null)
            {
                problems.Add(new(t, null, "id", $"'{template.Id}' is a built-in template's id; give the team's own template another, like {template.Id}-ours."));
            }
            else if (!seen.Add(template.Id))
            {
                problems.Add(new(t, null, "id", $"another template here already has the id '{template.Id}'."));
            }

            CheckParts(t, template, problems);
            CheckQuestions(t, template, problems);
        }

        return problems;
    }

    /// <summary>A question kind as the team file writes it: number, rating, choice or text.</summary>
    public static bool TryParseKind(string? text, out QuestionKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !text!.Any(char.IsDigit);

    private static void CheckParts(int t, TemplateDefinition template, List<TemplateProblem> problems)
    {
        var partIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in template.Parts)
        {
            if (!IdPattern().IsMatch(part.Id))
            {
                problems.Add(new(t, null, "parts", $"part id '{part.Id}' should be lower-case letters, digits and dashes, like goods."));
            }
            else if (!partIds.Add(part.Id))
            {
                problems.Add(new(t, null, "parts", $"the part id '{part.Id}' is used twice."));
            }
        }
    }

    private static void CheckQuestions(int t, TemplateDefinition template, List<TemplateProblem> problems)
    {
        if (template.Questions.Count == 0)
        {
            problems.Add(new(t, null, "questions", "a template needs at least one question."));
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var parts = template.Parts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        for (var q = 0; q < template.Questions.Count; q++)
        {
            var question = template.Questions[q];
            if (string.IsNullOrWhiteSpace(question.Id))
            {
                problems.Add(new(t, q, "id", "is missing; a short stable name for the question, like gmv; the answers are stored by it."));
            }
            else if (!IdPattern().IsMatch(question.Id))
            {
                problems.Add(new(t, q, "id", $"'{question.Id}' should be lower-case letters, digits and dashes, like gmv or goods-comment."));
            }
            else if (!ids.Add(question.Id))
            {
                problems.Add(new(t, q, "id", $"another question of this template already has the id '{question.Id}'."));
            }

            if (string.IsNullOrWhiteSpace(question.Prompt))
            {
                problems.Add(new(t, q, "prompt", "is missing; write the question as the crew should read it."));
            }

            if (question.Kind == QuestionKind.Number && string.IsNullOrWhiteSpace(question.Unit))
            {
                problems.Add(new(t, q, "unit", $"a number needs a unit: an ISO 4217 code like EUR, {QuestionDefinition.SubjectCurrencyWord} for the stream's currency, % or what is counted, like orders."));
            }

            if (question.Kind == QuestionKind.Choice && question.Choices.Count(c => !string.IsNullOrWhiteSpace(c)) < 2)
            {
                problems.Add(new(t, q, "choices", "a choice question needs at least two choices."));
            }

            if (question.Part is { } part && !parts.Contains(part))
            {
                var known = parts.Count == 0 ? "the template declares no parts" : $"declared parts: {string.Join(", ", parts)}";
                problems.Add(new(t, q, "part", $"'{part}' is not a part of this template ({known})."));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
