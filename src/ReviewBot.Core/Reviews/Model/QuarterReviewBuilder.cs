using System.Numerics;
using System.Runtime.InteropServices;
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
        var standings = Standings(data, InScope);
        var results = Results(standings, stage, elapsed);
        // The team's review takes every answer and check-in: no copy of tens of thousands of them.
        IReadOnlyList<ReviewAnswer> answers = person is null ? data.Answers : [.. data.Answers.Where(a => InScope(a.AuthorMemberId))];
        IReadOnlyList<CheckIn> checkIns = person is null ? data.CheckIns : [.. data.CheckIns.Where(c => InScope(c.AuthorMemberId))];
        var scopeName = person?.Name ?? team.Name;

        MissingRate? missingRate = null;
        var previousResults = previous is { Objectives.Count: > 0 } ? Results(Standings(previous, InScope), ReviewStage.Final, 1m) : [];
        var words = new WordsIndex(data, results);
        var rollups = Rollups(results, previousResults, data, previous, scopeName, ref missingRate);

        var lastQuarterLessons = CarriedLessons.Of(data, previous, results, previousResults, stage, elapsed, InScope);
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
            // A fed key result's value comes from the streams, never from its owner: it asks no check-in of them.
            Participation([.. results.Where(r => r.KeyResult.Feed is null)], checkIns, weeks.Take(endedWeeks).ToList(), data.Leaves),
            Words(answers, "cause", words),
            AtRisk(standings, results, data),
            Blockers(checkIns),
            Words(answers, "worked", words),
            Words(answers, "change", words),
            previousResults.Count > 0 ? previous!.Quarter : null,
            missingRate)
        {
            LastQuarterLessons = lastQuarterLessons,
        };
    }

    private static List<KeyResultStanding> Standings(QuarterData data, Func<string?, bool> inScope) =>
        [.. data.Standings().Where(s => inScope(s.KeyResult.OwnerMemberId))];

    /// <summary>One result per standing, in the same order.</summary>
    private static List<KeyResultResult> Results(List<KeyResultStanding> standings, ReviewStage stage, decimal elapsed)
    {
        // Plain loops: thousands of key results, each with its weeks, would make an iterator and a closure apiece.
        var results = new List<KeyResultResult>(standings.Count);
        foreach (var s in standings)
        {
            var kr = s.KeyResult;
            var weekly = new WeekValue[s.Weekly.Count];
            for (var i = 0; i < weekly.Length; i++)
            {
                var c = s.Weekly[i];
                weekly[i] = new WeekValue(c.WeekNumber, c.Value, KeyResultScore.ScoreOf(kr, c.Value), c.Confidence);
            }

            decimal? pace = stage == ReviewStage.SoFar && kr.Unit is not MilestoneUnit ? kr.Start + ((kr.Target - kr.Start) * elapsed) : null;
            results.Add(new KeyResultResult(s.Objective, kr, s.Owner, s.Market, s.Score, weekly, pace));
        }

        return results;
    }

    private static List<RollupLine> Rollups(
        List<KeyResultResult> results,
        List<KeyResultResult> previousResults,
        QuarterData data,
        QuarterData? previous,
        string scopeName,
        ref MissingRate? missingRate)
    {
        var lines = new List<RollupLine>();
        MissingRate? missing = null;

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
                    missing ??= new MissingRate(e.Currency, e.ReportingCurrency, e.Quarter);
                }

                return new Rollup(label, scores.Count, ObjectiveScore.Of(scores), null);
            }
        }

        // Last quarter's results looked up by what groups them, once, rather than searched for every line.
        var previousByObjective = previousResults.ToLookup(r => r.Objective.Key, StringComparer.Ordinal);
        var previousByOwner = previousResults.Where(r => r.Owner is not null).ToLookup(r => r.Owner!.Id, StringComparer.Ordinal);
        var previousByMarket = previousResults.ToLookup(r => r.Market, StringComparer.OrdinalIgnoreCase);

        Rollup? PreviousOf(string label, IEnumerable<KeyResultResult> sameGroup)
        {
            var group = sameGroup.ToList();
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
            lines.Add(new RollupLine(RollupKind.Objective, first.Title, Of(first.Title, objective, data), PreviousOf(first.Title, previousByObjective[first.Key])));
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
                PreviousOf(owner.Name, previousByOwner[owner.Id]),
                sole ? market : null));
        }

        foreach (var (market, group) in markets.Where(m => !soleOwnerMarkets.Contains(m.Key)))
        {
            lines.Add(new RollupLine(RollupKind.Market, market, Of(market, group, data), PreviousOf(market, previousByMarket[market])));
        }

        lines.Add(new RollupLine(RollupKind.Team, scopeName, Of(scopeName, results, data), PreviousOf(scopeName, previousResults)));
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

            var weeks = new List<RevenueWeek>(Math.Max(throughWeek, 0));
            for (var week = 1; week <= throughWeek; week++)
            {
                var actual = 0m;
                foreach (var r in money)
                {
                    actual += ToReporting(r, ValueAsOf(r, week));
                }

                weeks.Add(new RevenueWeek(week, actual));
            }

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

    /// <summary>The latest weekly value up to <paramref name="week"/>, or the start before the first.</summary>
    private static decimal ValueAsOf(KeyResultResult result, int week)
    {
        for (var i = result.Weekly.Count - 1; i >= 0; i--)
        {
            if (result.Weekly[i].Week <= week)
            {
                return result.Weekly[i].Value;
            }
        }

        return result.KeyResult.Start;
    }

    /// <summary>
    /// Check-ins received against the weeks that have ended, leaving out weeks the owner spent on leave
    /// (every working day of the week): nobody is prompted then, so nobody missed anything.
    /// </summary>
    private static List<Participation> Participation(List<KeyResultResult> results, IReadOnlyList<CheckIn> checkIns, List<Periods.CheckInWeek> endedWeeks, IReadOnlyList<Scheduling.Leave> leaves)
    {
        // Each owner's weeks and leave gathered in one pass each: searching every check-in of a large team once per owner
        // would cost owners × check-ins. A quarter's weeks are numbered 1 to 14, so each owner's are the bits of one number.
        if (endedWeeks.Any(w => w.Number is < 0 or >= 64))
        {
            return ParticipationByLookup(results, checkIns, endedWeeks, leaves);
        }

        var weeksCheckedIn = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var checkIn in checkIns)
        {
            if (checkIn.WeekNumber is >= 0 and < 64)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(weeksCheckedIn, checkIn.AuthorMemberId, out _) |= 1UL << checkIn.WeekNumber;
            }
        }

        var leavesByMember = leaves.ToLookup(l => l.MemberId, StringComparer.Ordinal);
        var workingDays = endedWeeks.ToDictionary(w => w.Number, WorkingDays);
        var ended = endedWeeks.Aggregate(0UL, (weeks, w) => weeks | (1UL << w.Number));
        var participation = new List<Participation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Owner is not { } owner || !seen.Add(owner.Id))
            {
                continue;
            }

            var expected = ended;
            if (leavesByMember.Contains(owner.Id))
            {
                var ownLeaves = leavesByMember[owner.Id].ToList();
                foreach (var week in endedWeeks.Where(w => OnLeaveAllWeek(owner.Id, workingDays[w.Number], ownLeaves)))
                {
                    expected &= ~(1UL << week.Number);
                }
            }

            var received = BitOperations.PopCount(weeksCheckedIn.GetValueOrDefault(owner.Id) & expected);
            participation.Add(new Participation(owner, received, BitOperations.PopCount(expected)));
        }

        return participation;
    }

    /// <summary>The same count for week numbers no 64 bits hold, which no quarter has.</summary>
    private static List<Participation> ParticipationByLookup(List<KeyResultResult> results, IReadOnlyList<CheckIn> checkIns, List<Periods.CheckInWeek> endedWeeks, IReadOnlyList<Scheduling.Leave> leaves)
    {
        var weeksCheckedIn = checkIns.ToLookup(c => c.AuthorMemberId, c => c.WeekNumber, StringComparer.Ordinal);
        var leavesByMember = leaves.ToLookup(l => l.MemberId, StringComparer.Ordinal);
        var workingDays = endedWeeks.ToDictionary(w => w.Number, WorkingDays);
        return
        [
            .. results.Where(r => r.Owner is not null).Select(r => r.Owner!).DistinctBy(m => m.Id).Select(owner =>
            {
                var ownLeaves = leavesByMember[owner.Id].ToList();
                var expected = endedWeeks.Where(w => !OnLeaveAllWeek(owner.Id, workingDays[w.Number], ownLeaves)).Select(w => w.Number).ToHashSet();
                var received = weeksCheckedIn[owner.Id].Where(expected.Contains).Distinct().Count();
                return new Participation(owner, received, expected.Count);
            }),
        ];
    }

    private static List<DateOnly> WorkingDays(Periods.CheckInWeek week) =>
    [
        .. Enumerable.Range(0, week.LastDay.DayNumber - week.FirstDay.DayNumber + 1)
            .Select(week.FirstDay.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)),
    ];

    private static bool OnLeaveAllWeek(string memberId, List<DateOnly> workingDays, List<Scheduling.Leave> leaves) =>
        leaves.Count > 0 && workingDays.Count > 0 && workingDays.All(d => leaves.Any(l => l.Covers(memberId, d)));

    private static List<OwnerWords> Words(IReadOnlyList<ReviewAnswer> answers, string questionId, WordsIndex index) =>
    [
        .. answers
            .Where(a => a.TemplateId == ReviewTemplates.Retrospective.Id && a.QuestionId == questionId && !string.IsNullOrWhiteSpace(a.Text))
            .OrderBy(a => a.KeyResultId is { } id && index.Order.TryGetValue(id, out var i) ? i : int.MaxValue)
            .ThenBy(a => a.RecordedAt)
            .Select(a => new OwnerWords(index.NameOf(a.AuthorMemberId), a.KeyResultId is { } id ? index.KeyResults.GetValueOrDefault(id) : null, a.Text.Trim())),
    ];

    /// <summary>The latest comment on each key result at risk; <paramref name="standings"/> and <paramref name="results"/> in the same order.</summary>
    private static List<OwnerWords> AtRisk(List<KeyResultStanding> standings, List<KeyResultResult> results, QuarterData data) =>
    [
        .. results
            .Select((r, i) => (Result: r, standings[i].Latest))
            .Where(x => x.Latest is { Comment: { } comment } latest && latest.Confidence != Confidence.OnTrack && !string.IsNullOrWhiteSpace(comment))
            .Select(x => new OwnerWords(x.Result.Owner?.Name ?? data.Team.Name, x.Result.KeyResult, x.Latest!.Comment!.Trim(), x.Latest.WeekNumber)),
    ];

    private static List<BlockerCount> Blockers(IReadOnlyList<CheckIn> checkIns) =>
    [
        .. checkIns
            .Where(c => !string.IsNullOrWhiteSpace(c.Blockers))
            .GroupBy(c => (c.AuthorMemberId, c.WeekNumber))
            .Select(week => LatestRecorded(week).Blockers!.Trim())
            .GroupBy(b => b.ToLowerInvariant().TrimEnd('.'))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopBlockers)
            .Select(g => new BlockerCount(g.First(), g.Count())),
    ];

    /// <summary>The latest recorded; of several recorded at once, the last met, as a stable sort's last would be.</summary>
    private static CheckIn LatestRecorded(IEnumerable<CheckIn> checkIns)
    {
        CheckIn? latest = null;
        foreach (var checkIn in checkIns)
        {
            if (latest is null || checkIn.RecordedAt >= latest.RecordedAt)
            {
                latest = checkIn;
            }
        }

        return latest!;
    }

    /// <summary>
    /// What the retrospective's words are shown with, looked up by id: each key result's place in the review, the
    /// key result itself and the author's name; of two with one id, the first counts, as a search from the front would.
    /// </summary>
    private sealed class WordsIndex
    {
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        public WordsIndex(QuarterData data, List<KeyResultResult> results)
        {
            Order = results.Select((r, i) => (r.KeyResult.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            foreach (var result in results)
            {
                KeyResults.TryAdd(result.KeyResult.Id, result.KeyResult);
            }

            foreach (var member in data.Members)
            {
                _names.TryAdd(member.Id, member.Name);
            }
        }

        public Dictionary<string, int> Order { get; }

        public Dictionary<string, KeyResult> KeyResults { get; } = new(StringComparer.Ordinal);

        public string NameOf(string memberId) => _names.GetValueOrDefault(memberId) ?? OwnerWords.FormerMember;
    }
}
