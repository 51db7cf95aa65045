using ReviewBot.Core.Okrs;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Tests.Scoring;

public class KeyResultScoreTests
{
    [Fact]
    public void An_increasing_key_result_that_beats_its_target_scores_one_with_attainment_above_one()
    {
        var revenue = TestKeyResults.Make(KeyResultUnit.Currency("USD"), 0m, 60_000_000m);

        var score = KeyResultScore.Of(revenue, 75_000_000m);

        Assert.Equal(Direction.Increase, revenue.Direction);
        Assert.Equal(1.25m, score.Progress);
        Assert.Equal(1.25m, score.Attainment);
        Assert.Equal(15_000_000m, score.Difference);
        Assert.Equal(1.0m, score.Score);
        Assert.Equal(ScoreColor.Green, score.Color);
    }

    [Fact]
    public void An_increasing_key_result_measures_progress_from_its_start_not_from_zero()
    {
        var accounts = TestKeyResults.Make(KeyResultUnit.Count("accounts"), 10m, 30m);

        var score = KeyResultScore.Of(accounts, 18m);

        Assert.Equal(0.4m, score.Progress);
        Assert.Equal(0.6m, score.Attainment);
        Assert.Equal(-12m, score.Difference);
        Assert.Equal(ScoreColor.Yellow, score.Color);
    }

    [Fact]
    public void A_decreasing_key_result_progresses_as_its_value_falls()
    {
        var negativeReviews = TestKeyResults.Make(KeyResultUnit.Percentage, 5m, 2m);

        var halfway = KeyResultScore.Of(negativeReviews, 3.5m);
        var beaten = KeyResultScore.Of(negativeReviews, 1.5m);
        var worse = KeyResultScore.Of(negativeReviews, 6m);

        Assert.Equal(Direction.Decrease, negativeReviews.Direction);
        Assert.Equal(0.5m, halfway.Progress);
        Assert.Equal(1.5m, halfway.Difference);
        Assert.Equal(ScoreColor.Yellow, halfway.Color);
        Assert.Equal(1.0m, beaten.Score);
        Assert.Equal(-0.5m, beaten.Difference);
        Assert.Equal(2m / 1.5m, beaten.Attainment);
        Assert.True(worse.Progress < 0m);
        Assert.Equal(0m, worse.Score);
        Assert.Equal(ScoreColor.Red, worse.Color);
    }

    [Fact]
    public void A_milestone_scores_one_when_done_and_zero_when_not()
    {
        var storefront = TestKeyResults.Make(KeyResultUnit.Milestone, 0m, 1m);

        var done = KeyResultScore.Of(storefront, MilestoneUnit.Done);
        var open = KeyResultScore.Of(storefront, MilestoneUnit.NotDone);

        Assert.Equal((1m, 1m, 0m), (done.Score, done.Attainment!.Value, done.Difference));
        Assert.Equal((0m, 0m, -1m), (open.Score, open.Attainment!.Value, open.Difference));
        Assert.Equal(ScoreColor.Red, open.Color);
    }

    [Theory]
    [InlineData(0.7, ScoreColor.Green)]
    [InlineData(0.69, ScoreColor.Yellow)]
    [InlineData(0.4, ScoreColor.Yellow)]
    [InlineData(0.39, ScoreColor.Red)]
    [InlineData(0, ScoreColor.Red)]
    [InlineData(1, ScoreColor.Green)]
    public void Reads_a_score_green_from_point_seven_and_yellow_from_point_four(double score, ScoreColor color)
    {
        Assert.Equal(color, KeyResultScore.ColorOf((decimal)score));
    }

    [Fact]
    public void A_key_result_nobody_has_checked_in_on_scores_zero()
    {
        var revenue = TestKeyResults.Make(KeyResultUnit.Currency("USD"), 2_000_000m, 10_000_000m);

        var score = KeyResultScore.NotStarted(revenue);

        Assert.Equal(0m, score.Score);
        Assert.Equal(-8_000_000m, score.Difference);
    }

    [Fact]
    public void Attainment_is_left_out_where_the_ratio_means_nothing()
    {
        var margin = TestKeyResults.Make(KeyResultUnit.Percentage, -5m, 0m);

        Assert.Null(KeyResultScore.Of(margin, -1m).Attainment);
        Assert.Equal(0.8m, KeyResultScore.Of(margin, -1m).Progress);
    }
}
