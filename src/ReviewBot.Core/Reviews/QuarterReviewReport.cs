using System.Globalization;
using System.Text;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The quarter review as a chat message, in the four steps of the review method: goals and their basis,
/// results against goals, causes, lessons; then the roll-ups and who checked in. For a finished quarter
/// the final review; for the current one the review so far, with each key result's pace. Every figure
/// comes from <see cref="QuarterReview"/>, written in one culture.
/// </summary>
public static class QuarterReviewReport
{
    public static MessageReply Build(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        var headline = review.Stage switch
        {
            ReviewStage.Final => $"{review.ScopeName} · {review.Quarter} review (final)",
            ReviewStage.NotStarted => $"{review.ScopeName} · {review.Quarter} review (the quarter has not started)",
            _ => $"{review.ScopeName} · {review.Quarter} review so far (week {review.CurrentWeek} of {review.WeekCount})",
        };

        if (review.KeyResults.Count == 0)
        {
            return new MessageReply
            {
                Headline = headline,
                Sections = [Section.Paragraph(review.Person is null ? $"{review.Team.Name} has no key results in {review.Quarter}." : $"{review.Person.Name} owns no key results in {review.Quarter}.")],
                Context = ["Key results come from the team's OKR file (import) or review okrs."],
            };
        }

        var context = new List<string>
        {
            "Score = progress from start to target, capped at 1.0: 🟢 from 0.7, 🟡 from 0.4, 🔴 below.",
            $"{(review.Person is null ? "The team's" : $"{review.ScopeName}'s")} score is the mean of its key results' scores, each counted by its weight; money is summed in {review.Team.ReportingCurrency} at {review.Quarter} rates, from the key results that must go up.",
        };
        if (review.MissingRate is { } missing)
        {
            context.Add($"Money totals left out: {missing}");
        }

        if (review.Stage == ReviewStage.SoFar)
        {
            context.Add($"Pace compares progress with a straight line from start to target: {review.Elapsed.ToString("P0", culture)} of the quarter has passed.");
        }

        var sections = new List<Section>
        {
            Goals(review, culture),
            Results(review, culture),
            Rollups(review, culture),
            Causes(review),
            Lessons(review),
        };
        if (Participation(review) is { } participation)
        {
            sections.Add(participation);
        }
        return new MessageReply { Headline = headline, Sections = sections, Context = context };
    }

    /// <summary>A key result's difference from its target. For one that must go down, words say which way is better.</summary>
    public static string Difference(KeyResultResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        var kr = result.KeyResult;
        var difference = result.Score.Difference;
        if (kr.Direction == Direction.Increase || NumberTextIsZero(difference))
        {
            return ValueFormatter.FormatDifference(difference, kr.Unit, culture);
        }

        // "-0.5 pts" on a returns rate that must fall is good news; a bare sign would read as a loss.
        var magnitude = ValueFormatter.FormatDifference(Math.Abs(difference), kr.Unit, culture).TrimStart(culture.NumberFormat.PositiveSign.ToCharArray());
        return difference < 0m ? $"{magnitude} better than target" : $"{magnitude} worse than target";
    }

    /// <summary>A money roll-up: "US$62.94M of US$60M (+US$2.94M, 104.9%)".</summary>
    public static string Money(MoneyTotal money, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(money);
        var unit = KeyResultUnit.Currency(money.Currency);
        var attainment = money.Attainment is { } a ? $", {ValueFormatter.FormatRatio(a, culture)}" : "";
        return $"{ValueFormatter.Format(money.Actual, unit, culture)} of {ValueFormatter.Format(money.Target, unit, culture)} ({ValueFormatter.FormatDifference(money.Difference, unit, culture)}{attainment})";
    }

    /// <summary>How a roll-up is labelled in every document: "Objective: …", "Andy Miller · US", "Market: Europe", "Export Sales (team)".</summary>
    public static string Label(RollupLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Kind switch
        {
            RollupKind.Objective => $"Objective: {line.Label}",
            RollupKind.Person => $"Person: {line.Label}",
            RollupKind.PersonInMarket => $"{line.Label} · {line.Market}",
            RollupKind.Market => $"Market: {line.Label}",
            _ => line.Label,
        };
    }

    /// <summary>The text without its trailing white space, trimmed in the builder: a large team's goals run to megabytes, copied once.</summary>
    private static string Trimmed(StringBuilder text)
    {
        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }

        return text.ToString();
    }

    private static bool NumberTextIsZero(decimal difference) => decimal.Round(difference, 2) == 0m;

    private static Section Goals(QuarterReview review, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var group in review.KeyResults.GroupBy(r => r.Objective.Id))
        {
            var objective = group.First().Objective;
            var owner = review.Team.Name;
            if (objective.OwnerMemberId is { } ownerId)
            {
                owner = group.FirstOrDefault(r => r.Owner?.Id == ownerId)?.Owner?.Name ?? review.Participation.FirstOrDefault(p => p.Member.Id == ownerId)?.Member.Name ?? owner;
            }

            text.Append(CultureInfo.InvariantCulture, $"{objective.Title} (owner: {owner}). Basis: {objective.Basis}\n");
            foreach (var r in group)
            {
                text.Append(CultureInfo.InvariantCulture, $"  • {r.KeyResult.Title}: {r.Owner?.Name ?? review.Team.Name}, {r.Market}, from {ValueFormatter.Format(r.KeyResult.Start, r.KeyResult.Unit, culture)} to {ValueFormatter.Format(r.KeyResult.Target, r.KeyResult.Unit, culture)}. Basis: {r.KeyResult.Basis}\n");
            }
        }

        return Section.Of("1. Goals and their basis", Trimmed(text));
    }

    private static Section Results(QuarterReview review, CultureInfo culture)
    {
        // One builder for every key result's line: thousands of them, each once a list of parts and their join.
        const string Separator = " · ";
        var value = new StringBuilder();
        var facts = new List<Fact>(review.KeyResults.Count);
        foreach (var r in review.KeyResults)
        {
            var kr = r.KeyResult;
            var score = r.Score;
            value.Clear().Append(ScoreChip.Of(score.Color)).Append(' ');
            if (!r.HasCheckIns)
            {
                value.Append(kr.Unit is MilestoneUnit ? "no check-ins" : $"no check-ins (target {ValueFormatter.Format(kr.Target, kr.Unit, culture)})");
            }
            else if (kr.Unit is MilestoneUnit)
            {
                // A milestone is done or not: "done of done · ±0 · 100%" would say nothing more.
                value.Append(ValueFormatter.Format(score.Actual, kr.Unit, culture));
            }
            else
            {
                value.Append(ValueFormatter.Format(score.Actual, kr.Unit, culture)).Append(" of ").Append(ValueFormatter.Format(kr.Target, kr.Unit, culture));
                value.Append(Separator).Append(Difference(r, culture));
                if (score.Attainment is { } attainment)
                {
                    value.Append(Separator).Append(ValueFormatter.FormatRatio(attainment, culture));
                }
            }

            value.Append(Separator).Append("score ").Append(culture, $"{score.Score:0.00}");
            if (r.HasCheckIns)
            {
                value.Append(Separator).Append("trend ").Append(Trend.Sparkline(r));
            }

            if (r.Pace is { } pace && review.Elapsed > 0m)
            {
                value.Append(Separator).Append("pace ").Append(ValueFormatter.Format(pace, kr.Unit, culture)).Append(" by now (").Append(r.AheadOfPace == true ? "ahead" : "behind").Append(')');
            }

            if (r.LatestConfidence is { } confidence && confidence != Confidence.OnTrack)
            {
                value.Append(Separator).Append(ConfidenceText.Label(confidence, culture).ToLowerInvariant());
            }

            facts.Add(new Fact($"{kr.Title} ({r.Owner?.Name ?? review.Team.Name})", value.ToString()));
        }

        return Section.WithFacts("2. Results against goals", facts);
    }

    private static Section Rollups(QuarterReview review, CultureInfo culture)
    {
        var facts = review.Rollups.Select(line =>
        {
            var value = new StringBuilder($"{ScoreChip.Of(line.Current.Color)} score {line.Current.Score.ToString("0.00", culture)}");
            if (line.Current.Money is { } money)
            {
                value.Append(" · ").Append(Money(money, culture));
            }

            if (line.Previous is { } previous && review.Previous is { } previousQuarter)
            {
                value.Append(CultureInfo.InvariantCulture, $" · {previousQuarter}: {previous.Score.ToString("0.00", culture)}");
                if (previous.Money is { } previousMoney)
                {
                    var unit = KeyResultUnit.Currency(previousMoney.Currency);
                    value.Append(CultureInfo.InvariantCulture, $", {ValueFormatter.Format(previousMoney.Actual, unit, culture)}{(previousMoney.Attainment is { } a ? $" ({ValueFormatter.FormatRatio(a, culture)})" : "")}");
                }
            }

            return new Fact(RollupLabel(line, review), value.ToString());
        }).ToList();
        return Section.WithFacts($"Roll-ups (money in {review.Team.ReportingCurrency} at {review.Quarter} rates)", facts);
    }

    private static string RollupLabel(RollupLine line, QuarterReview review) =>
        line.Kind == RollupKind.Team ? $"{line.Label} ({(review.Person is null ? "team" : "all their key results")})" : Label(line);

    private static Section? Participation(QuarterReview review)
    {
        if (review.Participation.Count == 0 || review.Participation.All(p => p.Expected == 0))
        {
            return null;
        }

        var facts = review.Participation
            .Select(p => new Fact(p.Member.Name, p.None ? $"no check-ins in {p.Expected} {Weeks(p.Expected)}" : $"{p.Received} of {p.Expected} {Weeks(p.Expected)}"))
            .ToList();
        var received = review.Participation.Sum(p => p.Received);
        var all = review.Participation.Sum(p => p.Expected);
        return Section.WithFacts($"Check-ins received: {received} of {all}", facts);
    }

    private static string Weeks(int count) => count == 1 ? "week" : "weeks";

    private static Section Causes(QuarterReview review)
    {
        var text = new StringBuilder();
        foreach (var cause in review.Causes)
        {
            text.Append(CultureInfo.InvariantCulture, $"• {(cause.KeyResult is { } kr ? kr.Title + " " : "")}({cause.AuthorName}): {cause.Text}\n");
        }

        if (review.Causes.Count == 0)
        {
            // Until the retrospective, the owners' own words come from their latest comments.
            text.Append(review.IsFinal
                ? "No retrospective answers were given for this quarter.\n"
                : review.AtRiskComments.Count == 0
                    ? "The retrospective collects causes in the quarter's last two weeks.\n"
                    : "The retrospective collects causes in the quarter's last two weeks. Latest comments on key results at risk:\n");
            foreach (var comment in review.AtRiskComments)
            {
                text.Append(CultureInfo.InvariantCulture, $"• {comment.KeyResult?.Title} ({comment.AuthorName}, week {comment.Week}): {comment.Text}\n");
            }
        }

        var blockers = review.Blockers.Select(b => $"{b.Text} ({b.Weeks} {Weeks(b.Weeks)})").ToList();
        text.Append(blockers.Count == 0 ? "No blockers were raised in the check-ins." : $"Blockers raised most often: {string.Join("; ", blockers)}.");
        return Section.Of("3. Causes", Trimmed(text));
    }

    private static Section Lessons(QuarterReview review)
    {
        var text = new StringBuilder();
        foreach (var (said, title) in new[] { (review.Worked, "What worked"), (review.Change, "What to change next quarter") })
        {
            if (said.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"{title}:\n");
            foreach (var answer in said)
            {
                text.Append(CultureInfo.InvariantCulture, $"• {answer.AuthorName}: {answer.Text}\n");
            }
        }

        if (text.Length == 0)
        {
            text.Append(review.IsFinal ? "No lessons were recorded for this quarter." : "Lessons are collected by the retrospective at the quarter's end (review retro).");
        }

        return Section.Of("4. Lessons", Trimmed(text));
    }
}
