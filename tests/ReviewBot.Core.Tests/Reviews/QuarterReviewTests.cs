using System.Globalization;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Testing.Samples;

namespace ReviewBot.Core.Tests.Reviews;

/// <summary>The review of a three-currency team, every figure computed by hand (see <see cref="AsiaPacificQuarter"/>).</summary>
public class QuarterReviewTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static QuarterReview Review() => QuarterReview.Build(AsiaPacificQuarter.Data(), person: null, AsiaPacificQuarter.Now, AsiaPacificQuarter.PreviousData());

    [Fact]
    public void The_team_total_sums_three_currencies_at_the_quarters_rates_with_its_difference_and_last_quarter_beside_it()
    {
        var review = Review();

        Assert.Equal(ReviewStage.Final, review.Stage);
        Assert.Equal(RollupKind.Team, review.Total.Kind);
        Assert.Equal("Asia Pacific", review.Total.Label);
        var money = review.Total.Current.Money!;
        Assert.Equal(19_180_000m, money.Actual);
        Assert.Equal(21_450_000m, money.Target);
        Assert.Equal(-2_270_000m, money.Difference);
        Assert.Equal(0.61m, decimal.Round(review.Total.Current.Score, 2));
        Assert.Equal(AsiaPacificQuarter.Q2, review.Previous);
        Assert.Equal(5_600_000m, review.Total.Previous!.Money!.Actual);
        Assert.Equal(0.89m, decimal.Round(review.Total.Previous.Score, 2));
    }

    [Fact]
    public void The_text_gives_the_difference_in_the_reporting_currency_and_names_the_team()
    {
        var text = QuarterReviewReport.Build(Review(), English);

        var rollups = text.Sections[2].Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("🟡 score 0.61 · US$19.18M of US$21.45M (-US$2.27M, 89.4%) · 2026-Q2: 0.89, US$5.6M (88.9%)", rollups["Asia Pacific (team)"]);
        Assert.Equal("🟡 score 0.40 · US$8.04M of US$10.05M (-US$2.01M, 80%)", rollups["Kenji Sato · Japan"]);
        Assert.Equal("🟢 score 0.88 · US$7.84M of US$7M (+US$840k, 112%) · 2026-Q2: 0.89, US$5.6M (88.9%)", rollups["Wei Zhang · China"]);
        Assert.Equal("🔴 score 0.00", rollups["Tom Kim · Korea"]);
        Assert.DoesNotContain(rollups.Keys, k => k.StartsWith("Market: ", StringComparison.Ordinal));
        Assert.Contains(text.Context, c => c.Contains("mean of its key results' scores, each counted by its weight", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_result_that_must_fall_says_better_or_worse_in_words()
    {
        var results = QuarterReviewReport.Build(Review(), English).Sections[1].Facts.ToDictionary(f => f.Label, f => f.Value);

        Assert.StartsWith("🟢 4.5% of 4% · 0.5 pts worse than target · 88.9% · score 0.75", results["Returns rate (Wei Zhang)"], StringComparison.Ordinal);
        Assert.DoesNotContain("+0.5 pts", results["Returns rate (Wei Zhang)"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_result_without_check_ins_and_a_member_who_never_checked_in_are_named_as_such()
    {
        var review = Review();
        var text = QuarterReviewReport.Build(review, English);

        var results = text.Sections[1].Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("🔴 no check-ins (target 10 distributors) · score 0.00", results["New Japanese distributors (Kenji Sato)"]);
        Assert.StartsWith("🟢 done · score 1.00", results["Rotterdam warehouse open (Sofia Rossi)"], StringComparison.Ordinal);
        var participation = text.Sections[^1];
        Assert.Equal("Check-ins received: 39 of 56", participation.Title);
        Assert.Equal(
            ["Kenji Sato: 11 of 14 weeks", "Wei Zhang: 14 of 14 weeks", "Sofia Rossi: 14 of 14 weeks", "Tom Kim: no check-ins in 14 weeks"],
            participation.Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal(11, review.Participation.Single(p => p.Member.Id == AsiaPacificQuarter.Kenji.Id).Received);
    }

    [Fact]
    public void The_revenue_track_runs_week_by_week_in_the_reporting_currency_against_a_straight_line()
    {
        var revenue = Review().Revenue!;

        Assert.Equal("USD", revenue.Currency);
        Assert.Equal(14, revenue.Weeks.Count);
        Assert.Equal(19_180_000m, revenue.Weeks[^1].Actual);
        Assert.Equal(10_725_000m, revenue.PaceAfter(7));
        // Week 4: Kenji missed it, so his week-3 figure stands: 1.2bn × 3 / 14 yen.
        var kenjiWeek3 = 1_200_000_000m * 3 / 14 * 0.0067m;
        Assert.Equal(decimal.Round(kenjiWeek3 + (16_000_000m * 0.14m) + (3_000_000m * 4 / 14 * 1.10m), 2), decimal.Round(revenue.Weeks[3].Actual, 2));
    }

    [Fact]
    public void A_review_of_one_person_holds_only_their_key_results_and_their_total()
    {
        var review = QuarterReview.Build(AsiaPacificQuarter.Data(), AsiaPacificQuarter.Wei, AsiaPacificQuarter.Now);

        Assert.Equal("Wei Zhang", review.ScopeName);
        Assert.Equal(["中国市场销售额", "Returns rate"], review.KeyResults.Select(r => r.KeyResult.Title));
        Assert.Equal(7_840_000m, review.Total.Current.Money!.Actual);
        Assert.Single(review.Participation);
    }

    [Fact]
    public void The_review_so_far_gives_each_key_result_its_pace_and_counts_only_weeks_that_have_ended()
    {
        // Thursday 13 August 2026: week 7 of 14 runs from Monday 10 August; six weeks have ended.
        var review = QuarterReview.Build(AsiaPacificQuarter.Data(), person: null, new DateTimeOffset(2026, 8, 13, 4, 0, 0, TimeSpan.Zero));

        Assert.Equal(ReviewStage.SoFar, review.Stage);
        Assert.Equal(7, review.CurrentWeek);
        Assert.All(review.Participation, p => Assert.Equal(6, p.Expected));
        var china = review.KeyResults.Single(r => r.KeyResult.Id == AsiaPacificQuarter.ChinaRevenue.Id);
        Assert.Equal(decimal.Round(50_000_000m * review.Elapsed, 2), decimal.Round(china.Pace!.Value, 2));
        Assert.Null(review.KeyResults.Single(r => r.KeyResult.Id == AsiaPacificQuarter.Rotterdam.Id).Pace);
    }

    [Fact]
    public void A_week_spent_on_leave_is_not_counted_as_a_missed_check_in()
    {
        // Kenji missed weeks 4, 5 and 9; he was on leave for weeks 4 and 5 (20 July to 2 August).
        var data = AsiaPacificQuarter.Data() with { Leaves = [new Core.Scheduling.Leave(AsiaPacificQuarter.Kenji.Id, new DateOnly(2026, 7, 20), new DateOnly(2026, 8, 2))] };

        var kenji = QuarterReview.Build(data, person: null, AsiaPacificQuarter.Now).Participation.Single(p => p.Member.Id == AsiaPacificQuarter.Kenji.Id);

        Assert.Equal((11, 12), (kenji.Received, kenji.Expected));
    }
}
