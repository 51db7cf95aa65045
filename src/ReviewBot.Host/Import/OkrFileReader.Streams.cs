using System.Globalization;
using System.Text.RegularExpressions;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Streams;
using YamlDotNet.RepresentationModel;

namespace ReviewBot.Host.Import;

/// <summary>The team file's streams section (stream rules and the schedule) and the feeds of key results summed from streams.</summary>
public static partial class OkrFileReader
{
    /// <summary>The templates a stream may be reviewed with: the built-in live-stream review and the team's own, by id.</summary>
    private sealed class StreamTemplates(IReadOnlyList<TemplateDefinition>? teamTemplates)
    {
        public ReviewTemplate? Find(string id) =>
            ReviewTemplates.Find(id) is { Subject: ReviewSubject.LiveStream } builtIn
                ? builtIn
                : teamTemplates?.FirstOrDefault(t => t.Id == id && t.Subject == ReviewSubject.LiveStream)?.ToTemplate();

        public string Known => string.Join(", ", (teamTemplates?.Select(t => t.Id) ?? []).Prepend(ReviewTemplates.LiveStream.Id).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal));
    }

    /// <summary>The streams section; <paramref name="rulesTemplate"/> is the template streams are reviewed with unless they name another (null when that is unknown).</summary>
    private static StreamPlan? ReadStreams(
        YamlMapping file, List<ImportError> errors, Team? team, List<string> memberEmails, StreamTemplates templates, List<ExchangeRate> rates, out ReviewTemplate? rulesTemplate)
    {
        var streams = file.Mapping("streams", required: false);
        if (streams is null)
        {
            rulesTemplate = ReviewTemplates.LiveStream;
            return null;
        }

        var defaults = StreamRules.Default;
        var delay = ReadDuration(streams, "reviewDelay", allowZero: true) ?? defaults.ReviewDelay;
        var window = ReadDuration(streams, "answerWindow", allowZero: false) ?? defaults.AnswerWindow;
        var templateId = ReadStreamTemplate(streams, templates, out rulesTemplate) ?? defaults.TemplateId;
        var targets = ReadTargets(streams, rulesTemplate);
        var schedule = new List<ScheduledStreamPlan>();
        foreach (var (node, path) in streams.Sequence("schedule", required: false))
        {
            if (node is not YamlMappingNode mapping)
            {
                errors.Add(new ImportError(YamlMapping.LineOf(node), path, "should be a stream with key, title, start, duration and host."));
                continue;
            }

            if (ReadScheduledStream(new YamlMapping(mapping, path, errors), errors, team, memberEmails, templates, rates, templateId, schedule) is { } stream)
            {
                schedule.Add(stream);
            }
        }

        streams.RejectUnknownFields();
        var rules = defaults with { ReviewDelay = delay, AnswerWindow = window, TemplateId = templateId, Targets = targets };
        return new StreamPlan(rules, schedule);
    }

    private static ScheduledStreamPlan? ReadScheduledStream(
        YamlMapping stream,
        List<ImportError> errors,
        Team? team,
        List<string> memberEmails,
        StreamTemplates templates,
        List<ExchangeRate> rates,
        string defaultTemplateId,
        List<ScheduledStreamPlan> siblings)
    {
        var before = errors.Count;
        var key = ReadKey(stream, siblings.Select(s => s.Stream.Key!), "stream");
        var title = stream.Text("title");
        var startText = stream.Text("start", hint: "the local start in the team's time zone, like \"2026-12-03 20:00\"");
        var duration = ReadDuration(stream, "duration", allowZero: false, required: true);
        var host = ReadMemberEmail(stream, "host", memberEmails, required: true);
        var crew = new List<string>();
        foreach (var (node, path) in stream.Sequence("crew", required: false))
        {
            var email = (node as YamlScalarNode)?.Value?.Trim();
            if (email is null || !memberEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new ImportError(YamlMapping.LineOf(node), path, $"'{email}' is not the e-mail of a member in this file. Use one of: {string.Join(", ", memberEmails)}."));
                continue;
            }

            crew.Add(email.ToLowerInvariant());
        }

        var currency = ReadCurrencyCode(stream, "currency", required: false) ?? team?.ReportingCurrency;
        if (currency is not null && team is not null && currency != team.ReportingCurrency && !rates.Any(r => r.Currency == currency))
        {
            stream.Error(LineOf(stream, "currency"), "currency", $"there is no exchange rate for {currency}; add {currency} under exchangeRates so the stream's GMV can be added up in {team.ReportingCurrency}.");
        }

        var templateId = ReadStreamTemplate(stream, templates, out _) ?? defaultTemplateId;
        stream.RejectUnknownFields();

        DateTimeOffset? startsAt = null;
        if (startText is not null)
        {
            if (!DateTime.TryParseExact(startText, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                stream.Error(LineOf(stream, "start"), "start", $"'{startText}' is not a start. Write the date and 24-hour time in the team's time zone, like \"2026-12-03 20:00\".");
            }
            else if (team is not null)
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
                if (zone.IsInvalidTime(local))
                {
                    stream.Error(LineOf(stream, "start"), "start", $"{startText} does not happen in {team.TimeZoneId}: the clocks skip it. Pick a time outside the change.");
                }
                else
                {
                    startsAt = Core.Periods.LocalDay.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);
                }
            }
        }

        if (errors.Count > before || team is null || startsAt is null || key is null || title is null || duration is null || host is null || currency is null)
        {
            return null;
        }

        var week = team.Calendar.WeekAt(startsAt.Value, TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId));
        return new ScheduledStreamPlan(
            new LiveStream
            {
                Id = "",
                WorkspaceId = "",
                TeamId = "",
                Key = key,
                Title = title,
                StartsAt = startsAt.Value,
                Duration = duration.Value,
                Quarter = week.Quarter,
                WeekNumber = week.Number,
                HostMemberId = "",
                Currency = currency,
                TemplateId = templateId,
            },
            host,
            crew);
    }

    private static string? ReadStreamTemplate(YamlMapping mapping, StreamTemplates templates, out ReviewTemplate? template)
    {
        var id = mapping.Text("template", required: false);
        if (id is null)
        {
            template = ReviewTemplates.LiveStream;
            return null;
        }

        template = templates.Find(id);
        if (template is null)
        {
            mapping.Error(LineOf(mapping, "template"), "template", $"'{id}' is not a template a stream can be reviewed with. Use one of: {templates.Known}.");
        }

        return id;
    }

    private static Dictionary<string, decimal> ReadTargets(YamlMapping streams, ReviewTemplate? template)
    {
        var targets = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var mapping = streams.Mapping("targets", required: false);
        if (mapping is null)
        {
            return targets;
        }

        var metrics = template?.Questions.OfType<NumberQuestion>().Select(q => q.Id).ToList();
        foreach (var (metric, value) in mapping.Entries())
        {
            if (metrics is not null && !metrics.Contains(metric, StringComparer.Ordinal))
            {
                mapping.Error(YamlMapping.LineOf(value), metric, $"'{metric}' is not a number the template {template!.Id} asks for. Use one of: {string.Join(", ", metrics)}.");
                continue;
            }

            var text = (value as YamlScalarNode)?.Value;
            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var target) || target <= 0m)
            {
                mapping.Error(YamlMapping.LineOf(value), metric, $"'{text}' is not a target. Give a positive number, like 40000.");
                continue;
            }

            targets[metric] = target;
        }

        return targets;
    }

    /// <summary>A duration written as hours and minutes: 30m, 24h, 1h30m.</summary>
    private static TimeSpan? ReadDuration(YamlMapping mapping, string field, bool allowZero, bool required = false)
    {
        var text = mapping.Text(field, required, hint: "hours and minutes, like 90m or 1h30m");
        if (text is null)
        {
            return null;
        }

        var match = DurationPattern().Match(text);
        var duration = match.Success && text.Length > 0
            ? TimeSpan.FromHours(match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0)
                + TimeSpan.FromMinutes(match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0)
            : (TimeSpan?)null;
        if (duration is null || duration < TimeSpan.Zero || (!allowZero && duration == TimeSpan.Zero) || duration > TimeSpan.FromDays(7))
        {
            mapping.Error(LineOf(mapping, field), field, $"'{text}' is not a duration. Write hours and minutes, like 90m, 24h or 1h30m{(allowZero ? "" : ", more than zero")}.");
            return null;
        }

        return duration;
    }

    private static string? ReadMemberEmail(YamlMapping mapping, string field, List<string> memberEmails, bool required)
    {
        var email = mapping.Text(field, required, hint: "a member's e-mail");
        if (email is null)
        {
            return null;
        }

        if (!memberEmails.Contains(email, StringComparer.OrdinalIgnoreCase))
        {
            mapping.Error(LineOf(mapping, field), field, $"'{email}' is not the e-mail of a member in this file. Use one of: {string.Join(", ", memberEmails)}.");
            return null;
        }

        return email.ToLowerInvariant();
    }

    /// <summary>
    /// A key result's <c>feed: live-streams.metric</c>: a number the team's stream template asks for, summed over
    /// the quarter's streams, so it must add up (no percentage) and be money exactly when the key result is.
    /// </summary>
    private static KeyResultFeed? ReadFeed(YamlMapping keyResult, KeyResultUnit? unit, ReviewTemplate? streamTemplate)
    {
        var text = keyResult.Text("feed", required: false);
        if (text is null)
        {
            return null;
        }

        var line = LineOf(keyResult, "feed");
        if (!text.StartsWith(KeyResultFeed.LiveStreamsPrefix, StringComparison.Ordinal) || text.Length == KeyResultFeed.LiveStreamsPrefix.Length)
        {
            keyResult.Error(line, "feed", $"'{text}' is not a feed. Write {KeyResultFeed.LiveStreamsPrefix} and a number of the stream review, like {KeyResultFeed.LiveStreamsPrefix}gmv.");
            return null;
        }

        var metric = text[KeyResultFeed.LiveStreamsPrefix.Length..];
        if (streamTemplate is null)
        {
            // The stream template is unknown, which is reported where it is named.
            return null;
        }

        var numbers = streamTemplate.Questions.OfType<NumberQuestion>().ToList();
        var question = numbers.FirstOrDefault(q => q.Id == metric);
        if (question is null)
        {
            keyResult.Error(line, "feed", $"'{metric}' is not a number the stream template {streamTemplate.Id} asks for. Use one of: {string.Join(", ", numbers.Select(q => KeyResultFeed.LiveStreamsPrefix + q.Id))}.");
            return null;
        }

        if (unit is MilestoneUnit)
        {
            keyResult.Error(line, "feed", "a milestone is done or not; it cannot be summed from streams. Remove the feed or give the key result a currency or count unit.");
            return null;
        }

        if (question.Unit is PercentageUnit)
        {
            keyResult.Error(line, "feed", $"{metric} is a percentage; percentages of separate streams do not add up. Feed a number that does, like {KeyResultFeed.LiveStreamsPrefix}orders.");
            return null;
        }

        if (question.Unit is CurrencyUnit && unit is not null and not CurrencyUnit)
        {
            keyResult.Error(line, "feed", $"{metric} is money; a key result fed by it needs unit: {{ currency: … }}.");
            return null;
        }

        if (question.Unit is CountUnit && unit is not null and not CountUnit)
        {
            keyResult.Error(line, "feed", $"{metric} is a count; a key result fed by it needs unit: {{ count: … }}.");
            return null;
        }

        return new KeyResultFeed(metric);
    }

    [GeneratedRegex(@"^(?:(\d{1,4})h)?(?:(\d{1,5})m)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
