using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The values of key results fed by live streams (<see cref="KeyResult.Feed"/>), as the check-ins nobody makes:
/// in each week a stream falls in, the sum of the fed number over the quarter's streams so far. Written as
/// check-ins, they reach the quarter review, the week status, the report page and the exports the way a
/// checked-in value does, without any of them knowing where the value came from.
/// </summary>
public static class FedKeyResults
{
    /// <summary>The author of a value summed from streams: nobody on the team, so it counts as no member's check-in.</summary>
    public const string AuthorId = "live-streams";

    public static bool AnyIn(IEnumerable<Objective> objectives) =>
        objectives.Any(o => o.KeyResults.Any(k => k.Feed is not null));

    /// <summary>
    /// <paramref name="checkIns"/> with the fed key results' values from the quarter's streams in place of any
    /// check-ins made on them; the check-ins as they are, without a read, when no key result is fed.
    /// </summary>
    public static async Task<IReadOnlyList<CheckIn>> WithStreamValuesAsync(
        IReviewStore store, Team team, Quarter quarter, IReadOnlyList<Objective> objectives, IReadOnlyList<CheckIn> checkIns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(objectives);
        ArgumentNullException.ThrowIfNull(checkIns);
        var fed = objectives.SelectMany(o => o.KeyResults).Where(k => k.Feed is not null).ToList();
        if (fed.Count == 0)
        {
            return checkIns;
        }

        var streams = (await store.QuarterStreamsAsync(team.WorkspaceId, team.Id, quarter, cancellationToken)).Where(s => s.CancelledAt is null).ToList();
        var answers = streams.Count == 0 ? [] : await store.StreamAnswersAsync(team.WorkspaceId, [.. streams.Select(s => s.Id)], cancellationToken);
        var teamTemplates = streams.Any(s => ReviewTemplates.Find(s.TemplateId) is null)
            ? await store.TeamTemplatesAsync(team.WorkspaceId, team.Id, cancellationToken)
            : [];
        ReviewTemplate? TemplateOf(string id) => ReviewTemplates.Find(id) ?? teamTemplates.FirstOrDefault(t => t.Id == id)?.ToTemplate();

        var fedIds = fed.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        return [.. checkIns.Where(c => !fedIds.Contains(c.KeyResultId)), .. Values(team, quarter, fed, streams, answers, TemplateOf)];
    }

    /// <summary>Each fed key result's running sum, one check-in per week in which a stream gave its number.</summary>
    public static IReadOnlyList<CheckIn> Values(
        Team team, Quarter quarter, IEnumerable<KeyResult> fed, IEnumerable<LiveStream> streams, IReadOnlyList<ReviewAnswer> answers, Func<string, ReviewTemplate?> templateOf)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(templateOf);
        var counted = streams
            .Where(s => s.CancelledAt is null && s.Quarter == quarter && templateOf(s.TemplateId) is not null)
            .OrderBy(s => s.StartsAt)
            .Select(s => (Stream: s, Template: templateOf(s.TemplateId)!))
            .Select(x => (x.Stream, x.Template, Numbers: StreamNumbers.Of(x.Stream, x.Template, answers)))
            .ToList();
        var weeks = team.Calendar.WeeksOf(quarter).Count;
        var values = new List<CheckIn>();
        foreach (var keyResult in fed)
        {
            var metric = keyResult.Feed!.Metric;
            var sum = 0m;
            foreach (var week in counted.Where(c => c.Numbers.ContainsKey(metric)).GroupBy(c => c.Stream.WeekNumber))
            {
                var given = false;
                foreach (var (stream, template, numbers) in week)
                {
                    if (InKeyResultUnit(numbers[metric], stream, template, metric, keyResult, team, quarter) is { } amount)
                    {
                        sum += amount;
                        given = true;
                    }
                }

                if (given)
                {
                    values.Add(new CheckIn
                    {
                        Id = $"{AuthorId}:{keyResult.Id}:{week.Key}",
                        WorkspaceId = keyResult.WorkspaceId,
                        KeyResultId = keyResult.Id,
                        AuthorMemberId = AuthorId,
                        Quarter = quarter,
                        WeekNumber = week.Key,
                        Value = sum,
                        Confidence = OnPace(keyResult, sum, week.Key, weeks),
                        // Never stored nor shown: a value from streams came through no chat.
                        Source = Workspaces.ChatPlatform.Playground,
                        RecordedAt = week.Max(c => c.Stream.EndsAt),
                    });
                }
            }
        }

        return values;
    }

    /// <summary>
    /// A stream's number in the key result's unit: money converted from the stream's currency through the team's
    /// rates; null when a rate is missing (the import asks for every currency a stream sells in, but a stream added
    /// in chat may sell in another), so one unconvertible stream leaves the sum rather than falsifying it.
    /// </summary>
    private static decimal? InKeyResultUnit(decimal number, LiveStream stream, ReviewTemplate template, string metric, KeyResult keyResult, Team team, Quarter quarter)
    {
        var question = template.Questions.OfType<NumberQuestion>().First(q => q.Id == metric);
        if (question.Unit is not CurrencyUnit { IsoCode: var code } || keyResult.Unit is not CurrencyUnit { IsoCode: var target })
        {
            return number;
        }

        var from = question.InSubjectCurrency ? stream.Currency : code;
        try
        {
            var inReporting = team.ExchangeRates.ToReporting(number, from, team.ReportingCurrency, quarter);
            return string.Equals(target, team.ReportingCurrency, StringComparison.OrdinalIgnoreCase)
                ? inReporting
                : inReporting / team.ExchangeRates.ToReporting(1m, target, team.ReportingCurrency, quarter);
        }
        catch (MissingExchangeRateException)
        {
            return null;
        }
    }

    /// <summary>On track while the sum keeps pace with the quarter's weeks; at risk when it is a quarter behind that pace; off track beyond.</summary>
    private static Confidence OnPace(KeyResult keyResult, decimal value, int week, int weeks)
    {
        if (keyResult.Target == keyResult.Start || weeks == 0)
        {
            return Confidence.OnTrack;
        }

        var progress = (value - keyResult.Start) / (keyResult.Target - keyResult.Start);
        var pace = (decimal)week / weeks;
        return progress >= pace ? Confidence.OnTrack : progress >= pace * 0.75m ? Confidence.AtRisk : Confidence.OffTrack;
    }
}
