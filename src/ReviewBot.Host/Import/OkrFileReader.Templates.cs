using ReviewBot.Core.Dialogs;
using YamlDotNet.RepresentationModel;

namespace ReviewBot.Host.Import;

/// <summary>The team file's templates section: the team's own review templates, checked by Core's rules and reported at their lines.</summary>
public static partial class OkrFileReader
{
    private static List<TemplateDefinition>? ReadTemplates(YamlMapping file, List<ImportError> errors)
    {
        if (!file.Has("templates"))
        {
            return null;
        }

        var templates = new List<TemplateDefinition>();
        // Where each template and each of its questions was written, by the same indexes Core's problems use.
        var places = new List<(YamlMapping Template, List<YamlMapping> Questions, bool HadQuestions)>();
        foreach (var (node, path) in file.Sequence("templates"))
        {
            if (node is not YamlMappingNode mapping)
            {
                errors.Add(new ImportError(YamlMapping.LineOf(node), path, "should be a template with id, title and questions."));
                continue;
            }

            var template = new YamlMapping(mapping, path, errors);
            var id = template.Text("id", required: false) ?? "";
            var title = template.Text("title") ?? id;
            var intro = template.Text("intro", required: false) ?? "";
            var subject = template.Text("for", required: false) ?? "stream";
            if (!string.Equals(subject, "stream", StringComparison.OrdinalIgnoreCase))
            {
                template.Error(LineOf(template, "for"), "for", $"'{subject}' is not something a team's template can review; use for: stream.");
            }

            var submitLabel = template.Text("submitLabel", required: false) ?? "";
            var parts = ReadParts(template, errors);
            var questionPlaces = new List<YamlMapping>();
            var questions = new List<QuestionDefinition>();
            var written = template.Sequence("questions", required: false);
            foreach (var (questionNode, questionPath) in written)
            {
                if (questionNode is not YamlMappingNode questionMapping)
                {
                    errors.Add(new ImportError(YamlMapping.LineOf(questionNode), questionPath, "should be a question with id, kind and prompt."));
                    continue;
                }

                var question = new YamlMapping(questionMapping, questionPath, errors);
                if (ReadQuestion(question) is { } read)
                {
                    questions.Add(read);
                    questionPlaces.Add(question);
                }
            }

            template.RejectUnknownFields();
            templates.Add(new TemplateDefinition(id, title, questions) { Intro = intro, Parts = parts, SubmitLabel = submitLabel });
            places.Add((template, questionPlaces, written.Count > 0));
        }

        foreach (var problem in TemplateDefinitionRules.Check(templates))
        {
            var (template, questions, hadQuestions) = places[problem.Template];
            if (problem.Question is null && problem.Field == "questions" && hadQuestions)
            {
                // Its questions are there, each already reported as unreadable.
                continue;
            }

            var at = problem.Question is { } q ? questions[q] : template;
            errors.Add(new ImportError(LineOf(at, problem.Field), at.FieldPath(problem.Field), problem.Message));
        }

        return templates;
    }

    private static List<PartDefinition> ReadParts(YamlMapping template, List<ImportError> errors)
    {
        var parts = new List<PartDefinition>();
        foreach (var (node, path) in template.Sequence("parts", required: false))
        {
            if (node is not YamlMappingNode mapping)
            {
                errors.Add(new ImportError(YamlMapping.LineOf(node), path, "should be a part with id and title, like { id: goods, title: Goods }."));
                continue;
            }

            var part = new YamlMapping(mapping, path, errors);
            var id = part.Text("id", hint: "a short name the questions refer to with part:");
            var title = part.Text("title");
            part.RejectUnknownFields();
            if (id is not null && title is not null)
            {
                parts.Add(new PartDefinition(id, title));
            }
        }

        return parts;
    }

    /// <summary>A question as written; null when its kind is not one ReviewBot knows (reported), so nothing else is checked against it.</summary>
    private static QuestionDefinition? ReadQuestion(YamlMapping question)
    {
        var id = question.Text("id", required: false) ?? "";
        var kindText = question.Text("kind", hint: "number, rating, choice or text");
        var prompt = question.Text("prompt", required: false) ?? "";
        var unit = question.Text("unit", required: false);
        var part = question.Text("part", required: false);
        var required = ReadBool(question, "required") ?? true;
        var multiline = ReadBool(question, "multiline") ?? true;
        var choices = new List<string>();
        foreach (var (node, path) in question.Sequence("choices", required: false))
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } choice })
            {
                choices.Add(choice.Trim());
            }
            else
            {
                question.Error(YamlMapping.LineOf(node), path[(question.Path.Length + 1)..], "should be the words of one choice.");
            }
        }

        question.RejectUnknownFields();
        if (kindText is null)
        {
            return null;
        }

        if (!TemplateDefinitionRules.TryParseKind(kindText, out var kind))
        {
            question.Error(LineOf(question, "kind"), "kind", $"'{kindText}' is not a kind of question. Use number, rating, choice or text.");
            return null;
        }

        return new QuestionDefinition(id, kind, prompt, required) { Unit = unit, Choices = choices, Part = part, Multiline = multiline };
    }

    private static bool? ReadBool(YamlMapping mapping, string field)
    {
        var text = mapping.Text(field, required: false);
        if (text is null)
        {
            return null;
        }

        if (!bool.TryParse(text, out var value))
        {
            mapping.Error(LineOf(mapping, field), field, $"'{text}' should be true or false.");
            return null;
        }

        return value;
    }
}
