using System.Globalization;
using System.Text;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Okrs;

/// <summary>The team file's templates and streams sections: the team's own review templates, its stream rules and its schedule.</summary>
public static partial class OkrFileText
{
    private static void WriteTemplates(StringBuilder file, IReadOnlyList<TemplateDefinition> templates)
    {
        file.Append("templates:\n");
        foreach (var template in templates.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            file.Append(Indent).Append("- id: ").Append(Text(template.Id)).Append('\n');
            Field(file, 2, "title", Text(template.Title));
            if (template.Intro.Length > 0)
            {
                Field(file, 2, "intro", Text(template.Intro));
            }

            Field(file, 2, "for", "stream");
            if (template.SubmitLabel.Length > 0)
            {
                Field(file, 2, "submitLabel", Text(template.SubmitLabel));
            }

            if (template.Parts.Count > 0)
            {
                file.Append(Indent).Append(Indent).Append("parts:\n");
                foreach (var part in template.Parts)
                {
                    file.Append(Indent).Append(Indent).Append(Indent).Append("- { id: ").Append(Text(part.Id)).Append(", title: ").Append(Text(part.Title)).Append(" }\n");
                }
            }

            file.Append(Indent).Append(Indent).Append("questions:\n");
            foreach (var question in template.Questions)
            {
                // In the template's own order: it is the order the form asks them in.
                file.Append(Indent).Append(Indent).Append(Indent).Append("- { ").Append(Question(question)).Append(" }\n");
            }
        }

        file.Append('\n');
    }

    private static string Question(QuestionDefinition question)
    {
        var fields = new List<string>
        {
            $"id: {Text(question.Id)}",
            $"kind: {question.Kind.ToString().ToLowerInvariant()}",
            $"prompt: {Text(question.Prompt)}",
        };
        if (question.Unit is { } unit)
        {
            fields.Add($"unit: {Text(unit)}");
        }

        if (question.Choices.Count > 0)
        {
            fields.Add($"choices: [{string.Join(", ", question.Choices.Select(Text))}]");
        }

        if (question.Part is { } part)
        {
            fields.Add($"part: {Text(part)}");
        }

        if (!question.Required)
        {
            fields.Add("required: false");
        }

        if (!question.Multiline)
        {
            fields.Add("multiline: false");
        }

        return string.Join(", ", fields);
    }

    private static void WriteStreams(StringBuilder file, TeamFileStreams streams, string timeZoneId, Dictionary<string, string> emails)
    {
        var rules = streams.Rules;
        file.Append("streams:\n");
        Field(file, 1, "reviewDelay", Duration(rules.ReviewDelay));
        Field(file, 1, "answerWindow", Duration(rules.AnswerWindow));
        Field(file, 1, "template", Text(rules.TemplateId));
        if (rules.Targets.Count > 0)
        {
            Field(file, 1, "targets", $"{{ {string.Join(", ", rules.Targets.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{Text(t.Key)}: {Number(t.Value)}"))} }}");
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var schedule = streams.Schedule.OrderBy(s => s.StartsAt).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        if (schedule.Count > 0)
        {
            file.Append(Indent).Append("schedule:\n");
        }

        foreach (var stream in schedule)
        {
            var key = stream.Key ?? throw new ArgumentException($"Stream '{stream.Title}' has no key; the team file matches streams by key.", nameof(streams));
            file.Append(Indent).Append(Indent).Append("- key: ").Append(Text(key)).Append('\n');
            Field(file, 3, "title", Text(stream.Title));
            // Wall-clock time in the team's zone, as the file is written by people.
            Field(file, 3, "start", Quoted(TimeZoneInfo.ConvertTime(stream.StartsAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
            Field(file, 3, "duration", Duration(stream.Duration));
            Field(file, 3, "host", Email(stream.HostMemberId, emails));
            if (stream.CrewMemberIds.Count > 0)
            {
                Field(file, 3, "crew", $"[{string.Join(", ", stream.CrewMemberIds.Select(id => Email(id, emails)))}]");
            }

            Field(file, 3, "currency", Text(stream.Currency));
            if (stream.TemplateId != rules.TemplateId)
            {
                Field(file, 3, "template", Text(stream.TemplateId));
            }
        }

        file.Append('\n');
    }

    private static string Email(string memberId, Dictionary<string, string> emails) =>
        emails.TryGetValue(memberId, out var email) ? Text(email)
        : throw new ArgumentException($"Member {memberId} is not among the team's members; the team file names people by their e-mail.", nameof(emails));

    /// <summary>Hours and minutes as the file writes them: 30m, 24h, 1h30m, 0m.</summary>
    private static string Duration(TimeSpan duration)
    {
        var hours = (int)duration.TotalHours;
        var minutes = duration.Minutes;
        return hours == 0 ? string.Create(CultureInfo.InvariantCulture, $"{minutes}m")
            : minutes == 0 ? string.Create(CultureInfo.InvariantCulture, $"{hours}h")
            : string.Create(CultureInfo.InvariantCulture, $"{hours}h{minutes}m");
    }
}

/// <summary>The team's streams as the team file holds them: its stream rules, and the scheduled streams (each with a key).</summary>
public sealed record TeamFileStreams(StreamRules Rules, IReadOnlyList<LiveStream> Schedule);
