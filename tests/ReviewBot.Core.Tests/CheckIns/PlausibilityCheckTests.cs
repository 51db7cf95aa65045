using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.CheckIns;

public class PlausibilityCheckTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static KeyResult Kr(KeyResultUnit unit, decimal start, decimal target, string title = "US revenue") => new()
    {
        Id = "kr",
        WorkspaceId = "w",
        ObjectiveId = "o",
        Key = "k",
        Title = title,
        Unit = unit,
        Start = start,
        Target = target,
        Basis = "b",
    };

    private static CheckIn Week(int week, decimal value) => new()
    {
        Id = "c",
        WorkspaceId = "w",
        KeyResultId = "kr",
        AuthorMemberId = "m",
        Quarter = new Quarter(2026, 4),
        WeekNumber = week,
        Value = value,
        Confidence = Confidence.OnTrack,
        Source = ChatPlatform.Slack,
        RecordedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData(2.6, false, null)]
    [InlineData(30, false, null)]
    [InlineData(0, false, null)]
    [InlineData(100, true, "1%")]
    [InlineData(950, true, "9.5%")]
    [InlineData(95_000_000, true, "9.5%")]
    [InlineData(-3, true, "3%")]
    public void A_percentage_outside_0_to_100_or_ten_times_its_target_is_doubted_with_the_shift_nearest_the_target(decimal value, bool doubted, string? suggested)
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Percentage, 2.1m, 3.0m), value, null, English);

        Assert.Equal((doubted, suggested), (doubt is not null, doubt?.Suggested));
    }

    [Fact]
    public void A_percentage_above_100_says_so()
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Percentage, 5m, 10m), 950m, null, English);

        Assert.Equal("950% is far above the 0–100% a percentage can be. Did you mean 9.5%? Save again unchanged to keep 950%, or correct it.", doubt!.ForForm(English));
        Assert.Equal("950% is far above the 0–100% a percentage can be. Did you mean 9.5%? Reply yes to keep 950%, or type the value again.", doubt.ForText(English));
    }

    [Fact]
    public void A_percentage_key_result_set_up_beyond_100_may_go_there()
    {
        Assert.Null(PlausibilityCheck.Check(Kr(KeyResultUnit.Percentage, 100m, 150m), 140m, null, English));
    }

    [Fact]
    public void Money_ten_times_past_the_target_is_doubted()
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Currency("USD"), 0m, 60_000_000m), 950_000_000m, null, English);

        Assert.Equal(new ValueDoubt("US$950M is more than ten times the target of US$60M.", "US$950M", "US$95M"), doubt);
    }

    [Fact]
    public void A_negative_amount_for_a_key_result_that_never_goes_below_zero_is_doubted()
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Count("accounts"), 0m, 40m, "New accounts"), -12m, null, English);

        Assert.Equal(new ValueDoubt("-12 accounts is below zero, and 'New accounts' runs from 0 accounts to 40 accounts.", "-12 accounts", "12 accounts"), doubt);
    }

    [Fact]
    public void A_running_total_below_last_week_is_doubted_and_a_misplaced_decimal_suggested()
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Currency("USD"), 0m, 24_700_000m), 320_000m, Week(7, 3_200_000m), English);

        Assert.Equal("US$320k is lower than the US$3.2M you reported in week 7, and a running total like 'US revenue' only goes up.", doubt!.Problem);
        Assert.Equal("US$3.2M", doubt.Suggested);
    }

    [Fact]
    public void A_weeks_amount_typed_where_the_running_total_goes_suggests_the_total()
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Currency("USD"), 0m, 24_700_000m), 400_000m, Week(7, 3_200_000m), English);

        Assert.Equal("US$3.6M (US$3.2M plus US$400k)", doubt!.Suggested);
    }

    [Fact]
    public void A_small_dip_in_a_running_total_is_asked_about_without_a_guess()
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Currency("USD"), 0m, 24_700_000m), 2_900_000m, Week(7, 3_200_000m), English);

        Assert.Null(doubt!.Suggested);
        Assert.Equal("US$2.9M is lower than the US$3.2M you reported in week 7, and a running total like 'US revenue' only goes up. Save again unchanged to keep US$2.9M, or correct it.", doubt.ForForm(English));
    }

    [Fact]
    public void A_key_result_that_goes_down_may_go_below_last_week()
    {
        var returns = Kr(KeyResultUnit.Currency("USD"), 12m, 9m, "Cost per order");

        Assert.Null(PlausibilityCheck.Check(returns, 10.5m, Week(7, 11m), English));
    }

    [Fact]
    public void Money_with_a_forgotten_million_is_doubted()
    {
        var doubt = PlausibilityCheck.Check(Kr(KeyResultUnit.Currency("USD"), 0m, 60_000_000m), 60m, null, English);

        Assert.Equal(("US$60 is tiny next to the target of US$60M.", "US$60M"), (doubt!.Problem, doubt.Suggested));
    }

    [Theory]
    [InlineData(14_200_000)]
    [InlineData(0)]
    [InlineData(30_000_000)]
    [InlineData(5_000)]
    public void Ordinary_values_are_not_doubted(decimal value)
    {
        Assert.Null(PlausibilityCheck.Check(Kr(KeyResultUnit.Currency("USD"), 0m, 24_700_000m), value, null, English));
    }

    [Fact]
    public void Milestones_are_never_doubted()
    {
        Assert.Null(PlausibilityCheck.Check(Kr(KeyResultUnit.Milestone, 0m, 1m), 1m, Week(7, 1m), English));
    }
}
