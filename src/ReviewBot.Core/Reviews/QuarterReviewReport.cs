using System.Globalization;
using System.Text;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The quarter review in the four steps of the review method: goals and their basis, results against
/// goals, causes, lessons. For a finished quarter the final review; for the current one the review so
/// far, with each key result's pace against a straight line from start to target.
/// </summary>
public static class QuarterReviewReport
{
    private const int TopBlockers = 5;

    public static MessageReply Build(QuarterData data, Member? person, DateTimeOffset now, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(data.Team.TimeZoneId);
        var calendar = data.Team.Calendar;
        var start = calendar.StartsAt(data.Quarter, zone);
        var end = calendar.EndsAt(data.Quarter, zone);
        var isFinal = now >= end;
        var elapsed = isFinal ? 1m : Math.Clamp((decimal)((now - start) / (end - start)), 0m, 1m);

        var standings = data.Standings().Where(s => person is null || s.KeyResult.OwnerMemberId == person.Id).ToList();
        var answers = data.Answers.Where(a => person is null || a.AuthorMemberId == person.Id).ToList();
        var checkIns = data.CheckIns.Where(c => person is null || c.AuthorMemberId == person.Id).ToList();
        var scope = person?.Name ?? data.Team.Name;
        var weeks = calendar.WeeksOf(data.Quarter);
        var headline = isFinal
            ? $"{scope} · {data.Quarter} review (final)"
            : now < start
                ? $"{scope} · {data.Quarter} review (the quarter has not started)"
                : $"{scope} · {data.Quarter} review so far (week {calendar.WeekAt(now, zone).Number} of {weeks.Count})";

        if (standings.Count == 0)
        {
            return new MessageReply
            {
                Headline = headline,
                Sections = [Section.Paragraph(person is null ? $"{data.Team.Name} has no key results in {data.Quarter}." : $"{person.Name} owns no key results in {data.Quarter}.")],
                Context = ["Key results come from the team's OKR file (import) or review okrs."],
            };
        }

        var context = new List<string>
        {
            "Score = progress from start to target, capped at 1.0: green from 0.7, yellow from 0.4, red below.",
        };
        var sections = new List<Section>
        {
            Goals(standings, data, culture),
            Results(standings, culture, isFinal, elapsed),
            Rollups(standings, data, culture, context),
            Causes(standings, answers, checkIns, data, isFinal, culture),
            Lessons(answers, data, isFinal),
        };
        if (!isFinal)
        {
            context.Add($"Pace compares progress with a straight line from start to target: {elapsed.ToString("P0", culture)} of the quarter has passed.");
        }

        return new MessageReply { Headline = headline, Sections = sections, Context = context };
    }

    private static Section Goals(List<KeyResultStanding> standings, QuarterData data, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var group in standings.GroupBy(s => s.Objective.Id))
        {
            var objective = group.First().Objective;
            var owner = data.Members.FirstOrDefault(m => m.Id == objective.OwnerMemberId)?.Name ?? "the team";
            text.Append(CultureInfo.InvariantCulture, $"{objective.Title} (owner: {owner}). Basis: {objective.Basis}\n");
            foreach (var s in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"  • {s.KeyResult.Title}: {s.Owner?.Name ?? "team"}, {s.Market}, from {ValueFormatter.Format(s.KeyResult.Start, s.KeyResult.Unit, culture)} to {ValueFormatter.Format(s.KeyResult.Target, s.KeyResult.Unit, culture)}. Basis: {s.KeyResult.Basis}\n");
            }
        }

        return Section.Of("1. Goals and their basis", text.ToString().TrimEnd());
    }

    private static Section Results(List<KeyResultStanding> standings, CultureInfo culture, bool isFinal, decimal elapsed)
    {
        var facts = standings.Select(s =>
        {
            var kr = s.KeyResult;
            var score = s.Score;
            var parts = new List<string>();
            if (kr.Unit is Okrs.MilestoneUnit)
            {
                // A milestone is done or not: "done of done · ±0 · 100%" would say nothing more.
                parts.Add(s.Latest is null ? "no check-ins" : ValueFormatter.Format(score.Actual, kr.Unit, culture));
            }
            else
            {
                parts.Add(s.Latest is null ? $"no check-ins (target {ValueFormatter.Format(kr.Target, kr.Unit, culture)})" : $"{ValueFormatter.Format(score.Actual, kr.Unit, culture)} of {ValueFormatter.Format(kr.Target, kr.Unit, culture)}");
                parts.Add(ValueFormatter.FormatDifference(score.Difference, kr.Unit, culture));
                if (score.Attainment is { } attainment)
                {
                    parts.Add(ValueFormatter.FormatRatio(attainment, culture));
                }
            }

            parts.Add($"score {score.Score.ToString("0.00", culture)} ({Color(score.Color)})");
            parts.Add($"trend {Trend.Sparkline(s)}");
            if (!isFinal && elapsed > 0m)
            {
                var ahead = score.Progress >= elapsed;
                parts.Add($"pace {Math.Max(score.Progress, 0m).ToString("P0", culture)} done at {elapsed.ToString("P0", culture)} of the quarter ({(ahead ? "ahead" : "behind")})");
            }

            if (s.Latest is { } latest && latest.Confidence != Confidence.OnTrack)
            {
                parts.Add(ConfidenceText.Label(latest.Confidence).ToLowerInvariant());
            }

            return new Fact($"{kr.Title} ({s.Owner?.Name ?? "team"})", string.Join(" · ", parts));
        }).ToList();
        return Section.WithFacts("2. Results against goals", facts);
    }

    private static Section Rollups(List<KeyResultStanding> standings, QuarterData data, CultureInfo culture, List<string> context)
    {
        var facts = new List<Fact>();
        var reporting = data.Team.ReportingCurrency;
        var unavailable = false;

        void Add(string label, IEnumerable<KeyResultStanding> group)
        {
            var scores = group.Select(s => s.Score).ToList();
            try
            {
                var rollup = Rollup.Of(label, scores, reporting, data.Quarter, data.Team.ExchangeRates);
                var money = rollup.Money is { } m
                    ? $" · {ValueFormatter.Format(m.Actual, Okrs.KeyResultUnit.Currency(reporting), culture)} of {ValueFormatter.Format(m.Target, Okrs.KeyResultUnit.Currency(reporting), culture)}{(m.Attainment is { } a ? $" ({ValueFormatter.FormatRatio(a, culture)})" : "")}"
                    : "";
                facts.Add(new Fact(label, $"score {rollup.Score.ToString("0.00", culture)} ({Color(rollup.Color)}){money}"));
            }
            catch (MissingExchangeRateException e)
            {
                facts.Add(new Fact(label, $"score {ObjectiveScore.Of(scores).ToString("0.00", culture)} ({Color(KeyResultScore.ColorOf(ObjectiveScore.Of(scores)))})"));
                if (!unavailable)
                {
                    context.Add($"Money totals left out: {e.Message}");
                    unavailable = true;
                }
            }
        }

        foreach (var objective in standings.GroupBy(s => s.Objective.Id))
        {
            Add($"Objective: {objective.First().Objective.Title}", objective);
        }

        foreach (var person in standings.Where(s => s.Owner is not null).GroupBy(s => s.Owner!.Id))
        {
            Add($"Person: {person.First().Owner!.Name}", person);
        }

        foreach (var market in standings.GroupBy(s => s.Market))
        {
            Add($"Market: {market.Key}", market);
        }

        Add("Whole scope", standings);
        return Section.WithFacts($"Roll-ups (money in {reporting} at {data.Quarter} rates)", facts);
    }

    private static Section Causes(List<KeyResultStanding> standings, List<ReviewAnswer> answers, List<CheckIn> checkIns, QuarterData data, bool isFinal, CultureInfo culture)
    {
        var text = new StringBuilder();
        var causes = answers.Where(a => a.TemplateId == ReviewTemplates.Retrospective.Id && a.QuestionId == "cause").ToList();
        foreach (var s in standings)
        {
            foreach (var cause in causes.Where(c => c.KeyResultId == s.KeyResult.Id))
            {
                text.Append(CultureInfo.InvariantCulture, $"• {s.KeyResult.Title} ({NameOf(data, cause.AuthorMemberId)}): {cause.Text}\n");
            }
        }

        if (causes.Count == 0)
        {
            // Until the retrospective, the owners' own words come from their latest comments.
            var comments = standings.Where(s => s.Latest?.Comment is not null && s.Latest.Confidence != Confidence.OnTrack).ToList();
            text.Append(isFinal
                ? "No retrospective answers were given for this quarter.\n"
                : comments.Count == 0
                    ? "The retrospective collects causes in the quarter's last two weeks.\n"
                    : "The retrospective collects causes in the quarter's last two weeks. Latest comments on key results at risk:\n");
            foreach (var s in comments)
            {
                text.Append(CultureInfo.InvariantCulture, $"• {s.KeyResult.Title} ({s.Owner?.Name ?? "team"}, week {s.Latest!.WeekNumber}): {s.Latest.Comment}\n");
            }
        }

        var blockers = checkIns
            .Where(c => !string.IsNullOrWhiteSpace(c.Blockers))
            .GroupBy(c => (c.AuthorMemberId, c.WeekNumber))
            .Select(week => week.OrderBy(c => c.RecordedAt).Last().Blockers!.Trim())
            .GroupBy(b => b.ToLower(culture).TrimEnd('.'))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(TopBlockers)
            .Select(g => $"{g.First()} ({g.Count()} {(g.Count() == 1 ? "week" : "weeks")})")
            .ToList();
        text.Append(blockers.Count == 0 ? "No blockers were raised in the check-ins." : $"Blockers raised most often: {string.Join("; ", blockers)}.");
        return Section.Of("3. Causes", text.ToString().TrimEnd());
    }

    private static Section Lessons(List<ReviewAnswer> answers, QuarterData data, bool isFinal)
    {
        var text = new StringBuilder();
        foreach (var (question, title) in new[] { ("worked", "What worked"), ("change", "What to change next quarter") })
        {
            var said = answers.Where(a => a.TemplateId == ReviewTemplates.Retrospective.Id && a.QuestionId == question).ToList();
            if (said.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"{title}:\n");
            foreach (var answer in said)
            {
                text.Append(CultureInfo.InvariantCulture, $"• {NameOf(data, answer.AuthorMemberId)}: {answer.Text}\n");
            }
        }

        if (text.Length == 0)
        {
            text.Append(isFinal ? "No lessons were recorded for this quarter." : "Lessons are collected by the retrospective at the quarter's end (review retro).");
        }

        return Section.Of("4. Lessons", text.ToString().TrimEnd());
    }

    private static string NameOf(QuarterData data, string memberId) => data.Members.FirstOrDefault(m => m.Id == memberId)?.Name ?? "a former member";

    internal static string Color(ScoreColor color) => color switch
    {
        ScoreColor.Green => "green",
        ScoreColor.Yellow => "yellow",
        _ => "red",
    };
}
