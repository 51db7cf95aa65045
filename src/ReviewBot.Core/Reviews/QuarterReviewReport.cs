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
    /// <summary>How much of a lesson last quarter's line quotes: the whole of it is in last quarter's review.</summary>
    private const int CarriedLessonLength = 280;

    public static MessageReply Build(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        var headline = Headline(review, culture);
        var quarter = review.Quarter.ToString();

        if (review.KeyResults.Count == 0)
        {
            return new MessageReply
            {
                Headline = headline,
                Sections = [Section.Paragraph(review.Person is null ? QuarterReviewText.TeamHasNoKeyResults(culture, review.Team.Name, quarter) : QuarterReviewText.PersonOwnsNoKeyResults(culture, review.Person.Name, quarter))],
                Context = [QuarterReviewText.KeyResultsComeFromOkrFile(culture)],
            };
        }

        var context = new List<string>
        {
            QuarterReviewText.ScoreExplained(culture),
            review.Person is null
                ? QuarterReviewText.TeamScoreExplained(culture, review.Team.ReportingCurrency, quarter)
                : QuarterReviewText.PersonScoreExplained(culture, review.ScopeName, review.Team.ReportingCurrency, quarter),
        };
        if (review.MissingRate is { } missing)
        {
            context.Add(QuarterReviewText.MoneyTotalsLeftOut(culture, missing.Currency, missing.ReportingCurrency, missing.Quarter.ToString()));
        }

        if (review.Stage == ReviewStage.SoFar)
        {
            context.Add(QuarterReviewText.PaceExplained(culture, review.Elapsed.ToString("P0", culture)));
        }

        var sections = new List<Section>
        {
            Goals(review, culture),
            Results(review, culture),
            Rollups(review, culture),
            Causes(review, culture),
            Lessons(review, culture),
        };
        if (Participation(review, culture) is { } participation)
        {
            sections.Add(participation);
        }
        return new MessageReply { Headline = headline, Sections = sections, Context = context };
    }

    /// <summary>"Export Sales · 2026-Q3 review (final)", or the review so far with its week.</summary>
    public static string Headline(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        var quarter = review.Quarter.ToString();
        return review.Stage switch
        {
            ReviewStage.Final => ReviewHeadings.HeadlineFinal(culture, review.ScopeName, quarter),
            ReviewStage.NotStarted => ReviewHeadings.HeadlineNotStarted(culture, review.ScopeName, quarter),
            _ => ReviewHeadings.HeadlineSoFar(culture, review.ScopeName, quarter, review.CurrentWeek ?? 0, review.WeekCount),
        };
    }

    /// <summary>Where the quarter is, for a page's subtitle: "Final", "So far: week 7 of 14".</summary>
    public static string Stage(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.Stage switch
        {
            ReviewStage.Final => ReviewHeadings.StageFinal(culture),
            ReviewStage.NotStarted => ReviewHeadings.StageNotStarted(culture),
            _ => ReviewHeadings.StageSoFar(culture, review.CurrentWeek ?? 0, review.WeekCount),
        };
    }

    /// <summary>Why the money totals are left out, in the reader's language; null when they are all there.</summary>
    public static string? MissingRateReason(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.MissingRate is { } missing ? ReviewHeadings.NoExchangeRate(culture, missing.Currency, missing.ReportingCurrency, missing.Quarter.ToString()) : null;
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
        return difference < 0m ? QuarterReviewText.BetterThanTarget(culture, magnitude) : QuarterReviewText.WorseThanTarget(culture, magnitude);
    }

    /// <summary>A money roll-up: "US$62.94M of US$60M (+US$2.94M, 104.9%)".</summary>
    public static string Money(MoneyTotal money, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(money);
        var unit = KeyResultUnit.Currency(money.Currency);
        var actual = ValueFormatter.Format(money.Actual, unit, culture);
        var target = ValueFormatter.Format(money.Target, unit, culture);
        var difference = ValueFormatter.FormatDifference(money.Difference, unit, culture);
        return money.Attainment is { } a
            ? QuarterReviewText.MoneyOfTarget(culture, actual, target, difference, ValueFormatter.FormatRatio(a, culture))
            : QuarterReviewText.MoneyOfTargetWithoutAttainment(culture, actual, target, difference);
    }

    /// <summary>How a roll-up is labelled in every document: "Objective: …", "Andy Miller · US", "Market: Europe", "Export Sales (team)".</summary>
    public static string Label(RollupLine line, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Kind switch
        {
            RollupKind.Objective => ReviewHeadings.ObjectiveRollup(culture, line.Label),
            RollupKind.Person => ReviewHeadings.PersonRollup(culture, line.Label),
            RollupKind.PersonInMarket => $"{line.Label} · {MarketName(line.Market ?? "", culture)}",
            RollupKind.Market => ReviewHeadings.MarketRollup(culture, MarketName(line.Label, culture)),
            _ => line.Label,
        };
    }

    /// <summary>A market as a reader sees it: the team's own market in their language, any other as it was typed.</summary>
    public static string MarketName(string market, CultureInfo culture) =>
        market == KeyResultStanding.TeamMarket ? ReviewHeadings.TeamMarket(culture) : market;

    /// <summary>Who wrote an owner's words, a member who has left the team in the reader's language.</summary>
    public static string AuthorName(OwnerWords words, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.AuthorName == OwnerWords.FormerMember ? ReviewHeadings.FormerMember(culture) : words.AuthorName;
    }

    /// <summary>Who wrote last quarter's lessons, a member who has left the team in the reader's language.</summary>
    public static string AuthorName(CarriedLesson carried, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(carried);
        return carried.AuthorName == OwnerWords.FormerMember ? ReviewHeadings.FormerMember(culture) : carried.AuthorName;
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

            text.Append(QuarterReviewText.ObjectiveGoal(culture, objective.Title, owner, objective.Basis)).Append('\n');
            foreach (var r in group)
            {
                var kr = r.KeyResult;
                text.Append("  • ")
                    .Append(QuarterReviewText.KeyResultGoal(culture, kr.Title, r.Owner?.Name ?? review.Team.Name, MarketName(r.Market, culture), ValueFormatter.Format(kr.Start, kr.Unit, culture), ValueFormatter.Format(kr.Target, kr.Unit, culture), kr.Basis))
                    .Append('\n');
            }
        }

        return Section.Of(ReviewHeadings.Goals(culture), Trimmed(text));
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
                value.Append(kr.Unit is MilestoneUnit ? QuarterReviewText.NoCheckIns(culture) : QuarterReviewText.NoCheckInsWithTarget(culture, ValueFormatter.Format(kr.Target, kr.Unit, culture)));
            }
            else if (kr.Unit is MilestoneUnit)
            {
                // A milestone is done or not: "done of done · ±0 · 100%" would say nothing more.
                value.Append(ValueFormatter.Format(score.Actual, kr.Unit, culture));
            }
            else
            {
                value.Append(QuarterReviewText.ActualOfTarget(culture, ValueFormatter.Format(score.Actual, kr.Unit, culture), ValueFormatter.Format(kr.Target, kr.Unit, culture)));
                value.Append(Separator).Append(Difference(r, culture));
                if (score.Attainment is { } attainment)
                {
                    value.Append(Separator).Append(ValueFormatter.FormatRatio(attainment, culture));
                }
            }

            value.Append(Separator).Append(QuarterReviewText.Score(culture, score.Score.ToString("0.00", culture)));
            if (r.HasCheckIns)
            {
                value.Append(Separator).Append(QuarterReviewText.TrendOf(culture, Trend.Sparkline(r, culture)));
            }

            if (r.Pace is { } pace && review.Elapsed > 0m)
            {
                var paceText = ValueFormatter.Format(pace, kr.Unit, culture);
                value.Append(Separator).Append(r.AheadOfPace == true ? QuarterReviewText.PaceAhead(culture, paceText) : QuarterReviewText.PaceBehind(culture, paceText));
            }

            if (r.LatestConfidence is { } confidence && confidence != Confidence.OnTrack)
            {
                value.Append(Separator).Append(ConfidenceWords(confidence, culture));
            }

            facts.Add(new Fact(ReaderPunctuation.Parenthesized(kr.Title, r.Owner?.Name ?? review.Team.Name, culture), value.ToString()));
        }

        return Section.WithFacts(ReviewHeadings.Results(culture), facts);
    }

    private static Section Rollups(QuarterReview review, CultureInfo culture)
    {
        var facts = review.Rollups.Select(line =>
        {
            var value = new StringBuilder($"{ScoreChip.Of(line.Current.Color)} {QuarterReviewText.Score(culture, line.Current.Score.ToString("0.00", culture))}");
            if (line.Current.Money is { } money)
            {
                value.Append(" · ").Append(Money(money, culture));
            }

            if (line.Previous is { } previous && review.Previous is { } previousQuarter)
            {
                value.Append(" · ").Append(PreviousQuarter(previousQuarter.ToString(), previous, culture));
            }

            return new Fact(RollupLabel(line, review, culture), value.ToString());
        }).ToList();
        return Section.WithFacts(ReviewHeadings.Rollups(culture, review.Team.ReportingCurrency, review.Quarter.ToString()), facts);
    }

    /// <summary>"2026-Q2: 0.89, US$5.6M (88.9%)": last quarter's score, and its money where it had any.</summary>
    private static string PreviousQuarter(string quarter, Rollup previous, CultureInfo culture)
    {
        var score = previous.Score.ToString("0.00", culture);
        if (previous.Money is not { } money)
        {
            return QuarterReviewText.PreviousScore(culture, quarter, score);
        }

        var actual = ValueFormatter.Format(money.Actual, KeyResultUnit.Currency(money.Currency), culture);
        return money.Attainment is { } a
            ? QuarterReviewText.PreviousScoreAndMoneyAttained(culture, quarter, score, actual, ValueFormatter.FormatRatio(a, culture))
            : QuarterReviewText.PreviousScoreAndMoney(culture, quarter, score, actual);
    }

    private static string RollupLabel(RollupLine line, QuarterReview review, CultureInfo culture) =>
        line.Kind != RollupKind.Team ? Label(line, culture)
        : review.Person is null ? ReviewHeadings.TeamRollup(culture, line.Label)
        : ReviewHeadings.AllTheirKeyResultsRollup(culture, line.Label);

    /// <summary>A confidence that is not on track, as a phrase inside a line: "at risk", "off track".</summary>
    private static string ConfidenceWords(Confidence confidence, CultureInfo culture) =>
        confidence == Confidence.AtRisk ? QuarterReviewText.AtRisk(culture) : QuarterReviewText.OffTrack(culture);

    private static Section? Participation(QuarterReview review, CultureInfo culture)
    {
        if (review.Participation.Count == 0 || review.Participation.All(p => p.Expected == 0))
        {
            return null;
        }

        var facts = review.Participation
            .Select(p => new Fact(p.Member.Name, WeeksCheckedIn(p, culture)))
            .ToList();
        var received = review.Participation.Sum(p => p.Received);
        var all = review.Participation.Sum(p => p.Expected);
        return Section.WithFacts(ReviewHeadings.CheckInsReceived(culture, received, all), facts);
    }

    private static string WeeksCheckedIn(Participation p, CultureInfo culture) => (p.None, p.Expected == 1) switch
    {
        (true, true) => QuarterReviewText.NoCheckInsInOneWeek(culture),
        (true, false) => QuarterReviewText.NoCheckInsInWeeks(culture, p.Expected),
        (false, true) => QuarterReviewText.CheckedInOfOneWeek(culture, p.Received),
        _ => QuarterReviewText.CheckedInOfWeeks(culture, p.Received, p.Expected),
    };

    private static Section Causes(QuarterReview review, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var cause in review.Causes)
        {
            var author = AuthorName(cause, culture);
            var who = cause.KeyResult is { } kr ? ReaderPunctuation.Parenthesized(kr.Title, author, culture) : ReaderPunctuation.Parenthesized("", author, culture).TrimStart();
            text.Append("• ").Append(ReaderPunctuation.Said(who, cause.Text, culture)).Append('\n');
        }

        if (review.Causes.Count == 0)
        {
            // Until the retrospective, the owners' own words come from their latest comments.
            text.Append(review.IsFinal
                ? QuarterReviewText.NoRetrospectiveAnswers(culture)
                : review.AtRiskComments.Count == 0
                    ? QuarterReviewText.CausesComeInTheLastTwoWeeks(culture)
                    : QuarterReviewText.CausesComeInTheLastTwoWeeksLatestAtRiskComments(culture)).Append('\n');
            foreach (var comment in review.AtRiskComments)
            {
                text.Append("• ").Append(QuarterReviewText.AtRiskComment(culture, comment.KeyResult?.Title ?? "", AuthorName(comment, culture), comment.Week ?? 0, comment.Text)).Append('\n');
            }
        }

        var blockers = review.Blockers.Select(b => b.Weeks == 1 ? QuarterReviewText.BlockerInOneWeek(culture, b.Text) : QuarterReviewText.BlockerInWeeks(culture, b.Text, b.Weeks)).ToList();
        text.Append(blockers.Count == 0 ? QuarterReviewText.NoBlockers(culture) : QuarterReviewText.BlockersRaisedMostOften(culture, ReaderPunctuation.Phrases(blockers, culture)));
        return Section.Of(ReviewHeadings.Causes(culture), Trimmed(text));
    }

    private static Section Lessons(QuarterReview review, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var (said, title) in new[] { (review.Worked, ReviewHeadings.WhatWorked(culture)), (review.Change, ReviewHeadings.WhatToChange(culture)) })
        {
            if (said.Count == 0)
            {
                continue;
            }

            text.Append(title).Append('\n');
            foreach (var answer in said)
            {
                text.Append("• ").Append(ReaderPunctuation.Said(AuthorName(answer, culture), answer.Text, culture)).Append('\n');
            }
        }

        if (text.Length == 0)
        {
            text.Append(review.IsFinal ? QuarterReviewText.NoLessons(culture) : QuarterReviewText.LessonsComeAtTheQuarterEnd(culture)).Append('\n');
        }

        if (review.LastQuarterLessons.Count > 0)
        {
            text.Append(QuarterReviewText.LastQuarterLessonsHeading(culture, review.Quarter.Previous().ToString())).Append('\n');
            foreach (var carried in review.LastQuarterLessons)
            {
                text.Append("• ").Append(LastQuarterLine(carried, culture)).Append('\n');
            }
        }

        return Section.Of(ReviewHeadings.Lessons(culture), Trimmed(text));
    }

    /// <summary>"Last quarter Andy Miller wrote: what worked “…” — US revenue: 0.62 → 0.85, improved ✓".</summary>
    public static string LastQuarterLine(CarriedLesson carried, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(carried);
        var author = AuthorName(carried, culture);
        var lessons = ReaderPunctuation.Phrases(
            carried.Worked.Select(w => QuarterReviewText.LessonWorked(culture, Text.Excerpt.Of(w, CarriedLessonLength)))
                .Concat(carried.Change.Select(c => QuarterReviewText.LessonChange(culture, Text.Excerpt.Of(c, CarriedLessonLength)))),
            culture);
        return carried.Results.Count == 0
            ? QuarterReviewText.LastQuarterWrote(culture, author, lessons)
            : QuarterReviewText.LastQuarterWroteAndSince(culture, author, lessons, ReaderPunctuation.Phrases(carried.Results.Select(r => Since(r, culture)), culture));
    }

    /// <summary>How a key result did against last quarter's: "US revenue: 0.62 → 0.85, improved ✓".</summary>
    public static string Since(CarriedResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        var title = result.KeyResult.Title;
        var before = result.Before.Score.ToString("0.00", culture);
        var now = result.Now.Score.ToString("0.00", culture);
        if (result.Improved is not { } improved)
        {
            return QuarterReviewText.CarriedUnknown(culture, title);
        }

        if (result.SoFar)
        {
            var onCourse = result.OnCourseFor!.Value.ToString("0.00", culture);
            return improved ? QuarterReviewText.CarriedImprovingSoFar(culture, title, before, now, onCourse)
                : result.Unchanged ? QuarterReviewText.CarriedUnchangedSoFar(culture, title, before, now, onCourse)
                : QuarterReviewText.CarriedNotImprovingSoFar(culture, title, before, now, onCourse);
        }

        return improved ? QuarterReviewText.CarriedImproved(culture, title, before, now)
            : result.Unchanged ? QuarterReviewText.CarriedUnchanged(culture, title, before, now)
            : QuarterReviewText.CarriedNotImproved(culture, title, before, now);
    }
}
