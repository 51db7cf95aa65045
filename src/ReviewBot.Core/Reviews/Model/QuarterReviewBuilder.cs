using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Reviews.Model;

/// <summary>Works out the figures of a <see cref="QuarterReview"/> from what is stored about the quarter.</summary>
internal static class QuarterReviewBuilder
{
    private const int TopBlockers = 5;

    public static QuarterReview Build(QuarterData data, Member? person, DateTimeOffset now, QuarterData? previous)
    {
        ArgumentNullException.ThrowIfNull(data);
        var team = data.Team;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);
        var calendar = team.Calendar;
        var start = calendar.StartsAt(data.Quarter, zone);
        var end = calendar.EndsAt(data.Quarter, zone);
        var weeks = calendar.WeeksOf(data.Quarter);
        var stage = now >= end ? ReviewStage.Final : now < start ? ReviewStage.NotStarted : ReviewStage.SoFar;
        var elapsed = stage switch
        {
            ReviewStage.Final => 1m,
            ReviewStage.NotStarted => 0m,
            _ => Math.Clamp((decimal)((now - start) / (end - start)), 0m, 1m),
        };
        int? currentWeek = stage == ReviewStage.SoFar ? calendar.WeekAt(now, zone).Number : null;
        // Weeks whose check-in is due by now: all when the quarter is over, those already ended while it runs.
        var endedWeeks = stage switch
        {
            ReviewStage.Final => weeks.Count,
            ReviewStage.SoFar => weeks.Count(w => w.EndsAt(zone) <= now),
            _ => 0,
        };

        bool InScope(string? ownerId) => person is null || ownerId == person.Id;
        var results = Results(data, InScope, stage, elapsed);
        var answers = data.Answers.Where(a => InScope(a.AuthorMemberId)).ToList();
        var checkIns = data.CheckIns.Where(c => InScope(c.AuthorMemberId)).ToList();
        var scopeName = person?.Name ?? team.Name;

        string? missingRate = null;
        var previousResults = previous is { Objectives.Count: > 0 } ? Results(previous, InScope, ReviewStage.Final, 1m) : [];
        var rollups = Rollups(results, previousResults, data, previous, scopeName, ref missingRate);

        return new QuarterReview(
            team,
            data.Quarter,
            person,
            scopeName,
            stage,
            weeks.Count,
            currentWeek,
            elapsed,
            results,
            rollups,
            Revenue(results, data, stage == ReviewStage.Final ? weeks.Count : currentWeek ?? 0, weeks.Count),
            Participation(results, checkIns, weeks.Take(endedWeeks).ToList(), data.Leaves),
            Words(answers, "cause", data, results),
            AtRisk(results, data),
            Blockers(checkIns),
            Words(answers, "worked", data, results),
            Words(answers, "change", data, results),
            previousResults.Count > 0 ? previous!.Quarter : null,
            missingRate);
    }

    private static List<KeyResultResult> Results(QuarterData data, Func<string?, bool> inScope, ReviewStage stage, decimal elapsed) =>
    [
        .. data.Standings().Where(s => inScope(s.KeyResult.OwnerMemberId)).Select(s =>
        {
            var kr = s.KeyResult;
            var weekly = s.Weekly.Select(c => new WeekValue(c.WeekNumber, c.Value, KeyResultScore.Of(kr, c.Value).Score, c.Confidence)).ToList();
            decimal? pace = stage == ReviewStage.SoFar && kr.Unit is not MilestoneUnit ? kr.Start + ((kr.Target - kr.Start) * elapsed) : null;
            return new KeyResultResult(s.Objective, kr, s.Owner, s.Market, s.Score, weekly, pace);
        }),
    ];

    private static List<RollupLine> Rollups(
        List<KeyResultResult> results,
        List<KeyResultResult> previousResults,
        QuarterData data,
        QuarterData? previous,
        string scopeName,
        ref string? missingRate)
    {
        var lines = new List<RollupLine>();
        string? missing = null;

        Rollup Of(string label, IEnumerable<KeyResultResult> group, QuarterData from)
        {
            var scores = group.Select(r => r.Score).ToList();
            try
            {
                return Rollup.Of(label, scores, from.Team.ReportingCurrency, from.Quarter, from.Team.ExchangeRates);
            }
            catch (MissingExchangeRateException e)
            {
                // The score still stands; only the money total is left out, and the reader is told why.
                if (ReferenceEquals(from, data))
                {
                    missing ??= e.Message;
                }

                return new Rollup(label, scores.Count, ObjectiveScore.Of(scores), null);
            }
        }

        Rollup? PreviousOf(string label, Func<KeyResultResult, bool> sameGroup)
        {
            var group = previousResults.Where(sameGroup).ToList();
            return group.Count == 0 || previous is null ? null : Of(label, group, previous);
        }

        if (results.Count == 0)
        {
            lines.Add(new RollupLine(RollupKind.Team, scopeName, new Rollup(scopeName, 0, 0m, null), null));
            return lines;
        }

        foreach (var objective in results.GroupBy(r => r.Objective.Id))
        {
            var first = objective.First().Objective;
            lines.Add(new RollupLine(RollupKind.Objective, first.Title, Of(first.Title, objective, data), PreviousOf(first.Title, r => r.Objective.Key == first.Key)));
        }

        var markets = results.GroupBy(r => r.Market, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var soleOwnerMarkets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var owned in results.Where(r => r.Owner is not null).GroupBy(r => r.Owner!.Id))
        {
            var owner = owned.First().Owner!;
            var ids = owned.Select(r => r.KeyResult.Id).ToHashSet(StringComparer.Ordinal);
            // One person alone in one market: the person's and the market's roll-up are the same figures, printed once.
            var market = owned.Select(r => r.Market).Distinct(StringComparer.OrdinalIgnoreCase).SingleOrDefault();
            var sole = market is not null && markets[market].All(r => ids.Contains(r.KeyResult.Id));
            if (sole)
            {
                soleOwnerMarkets.Add(market!);
            }

            lines.Add(new RollupLine(
                sole ? RollupKind.PersonInMarket : RollupKind.Person,
                owner.Name,
                Of(owner.Name, owned, data),
                PreviousOf(owner.Name, r => r.Owner?.Id == owner.Id),
                sole ? market : null));
        }

        foreach (var (market, group) in markets.Where(m => !soleOwnerMarkets.Contains(m.Key)))
        {
            lines.Add(new RollupLine(RollupKind.Market, market, Of(market, group, data), PreviousOf(market, r => string.Equals(r.Market, market, StringComparison.OrdinalIgnoreCase))));
        }

        lines.Add(new RollupLine(RollupKind.Team, scopeName, Of(scopeName, results, data), PreviousOf(scopeName, _ => true)));
        missingRate = missing;
        return lines;
    }

    private static RevenueTrack? Revenue(List<KeyResultResult> results, QuarterData data, int throughWeek, int weekCount)
    {
        var money = results.Where(r => r.KeyResult.Unit is CurrencyUnit && r.KeyResult.Direction == Direction.Increase).ToList();
        if (money.Count == 0)
        {
            return null;
        }

        var team = data.Team;
        try
        {
            decimal ToReporting(KeyResultResult r, decimal value) =>
                team.ExchangeRates.ToReporting(value, ((CurrencyUnit)r.KeyResult.Unit).IsoCode, team.ReportingCurrency, data.Quarter);

            var weeks = Enumerable.Range(1, Math.Max(throughWeek, 0))
                .Select(week => new RevenueWeek(week, money.Sum(r => ToReporting(r, r.Weekly.LastOrDefault(v => v.Week <= week)?.Value ?? r.KeyResult.Start))))
                .ToList();
            return new RevenueTrack(
                team.ReportingCurrency,
                money.Sum(r => ToReporting(r, r.KeyResult.Start)),
                money.Sum(r => ToReporting(r, r.KeyResult.Target)),
                weekCount,
                weeks);
        }
        catch (MissingExchangeRateException)
        {
            return null;
        }
    }

    /// <summary>
    /// Check-ins received against the weeks that have ended, leaving out weeks the owner spent on leave
    /// (every working day of the week): nobody is prompted then, so nobody missed anything.
    /// </summary>
    private static List<Participation> Participation(List<KeyResultResult> results, List<CheckIn> checkIns, List<Periods.CheckInWeek> endedWeeks, IReadOnlyList<Scheduling.Leave> leaves) =>
    [
        .. results.Where(r => r.Owner is not null).Select(r => r.Owner!).DistinctBy(m => m.Id).Select(owner =>
        {
            var expected = endedWeeks.Where(w => !OnLeaveAllWeek(owner.Id, w, leaves)).Select(w => w.Number).ToHashSet();
            var received = checkIns.Where(c => c.AuthorMemberId == owner.Id && expected.Contains(c.WeekNumber)).Select(c => c.WeekNumber).Distinct().Count();
            return new Participation(owner, received, expected.Count);
        }),
    ];

    private static bool OnLeaveAllWeek(string memberId, Periods.CheckInWeek week, IReadOnlyList<Scheduling.Leave> leaves)
    {
        var workingDays = Enumerable.Range(0, week.LastDay.DayNumber - week.FirstDay.DayNumber + 1)
            .Select(week.FirstDay.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .ToList();
        return workingDays.Count > 0 && workingDays.All(d => leaves.Any(l => l.Covers(memberId, d)));
    }

    private static List<OwnerWords> Words(List<ReviewAnswer> answers, string questionId, QuarterData data, List<KeyResultResult> results)
    {
        var order = results.Select((r, i) => (r.KeyResult.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return
        [
            .. answers
                .Where(a => a.TemplateId == ReviewTemplates.Retrospective.Id && a.QuestionId == questionId && !string.IsNullOrWhiteSpace(a.Text))
                .OrderBy(a => a.KeyResultId is { } id && order.TryGetValue(id, out var i) ? i : int.MaxValue)
                .ThenBy(a => a.RecordedAt)
                .Select(a => new OwnerWords(NameOf(data, a.AuthorMemberId), results.FirstOrDefault(r => r.KeyResult.Id == a.KeyResultId)?.KeyResult, a.Text.Trim())),
        ];
    }

    private static List<OwnerWords> AtRisk(List<KeyResultResult> results, QuarterData data)
    {
        var history = new CheckInHistory(data.CheckIns);
        return
        [
            .. results
                .Select(r => (Result: r, Latest: history.Latest(r.KeyResult.Id)))
                .Where(x => x.Latest is { Comment: { } comment } latest && latest.Confidence != Confidence.OnTrack && !string.IsNullOrWhiteSpace(comment))
                .Select(x => new OwnerWords(x.Result.Owner?.Name ?? data.Team.Name, x.Result.KeyResult, x.Latest!.Comment!.Trim(), x.Latest.WeekNumber)),
        ];
    }

    private static List<BlockerCount> Blockers(List<CheckIn> checkIns) =>
    [
        .. checkIns
            .Where(c => !string.IsNullOrWhiteSpace(c.Blockers))
            .GroupBy(c => (c.AuthorMemberId, c.WeekNumber))
            .Select(week => week.OrderBy(c => c.RecordedAt).Last().Blockers!.Trim())
            .GroupBy(b => b.ToLowerInvariant().TrimEnd('.'))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopBlockers)
            .Select(g => new BlockerCount(g.First(), g.Count())),
    ];

    private static string NameOf(QuarterData data, string memberId) => data.Members.FirstOrDefault(m => m.Id == memberId)?.Name ?? "a former member";
}
