using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Tests.Scoring;

public class RollupTests
{
    private static readonly Quarter Q4 = new(2026, 4);

    private static readonly ExchangeRateTable Rates = new([
        new ExchangeRate(Q4, "EUR", 1.10m),
        new ExchangeRate(Q4, "INR", 0.012m),
        new ExchangeRate(Q4.Previous(), "EUR", 1.05m),
    ]);

    [Fact]
    public void An_objective_scores_the_weighted_mean_of_its_key_results()
    {
        var heavy = KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Count("deals"), 0m, 10m, weight: 3m), 10m);
        var light = KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Count("demos"), 0m, 10m, weight: 1m), 2m);

        Assert.Equal((3m * 1m + 1m * 0.2m) / 4m, ObjectiveScore.Of([heavy, light]));
        Assert.Equal(0m, ObjectiveScore.Of([]));
    }

    [Fact]
    public void Money_in_several_currencies_is_summed_in_the_reporting_currency_at_the_quarters_rates()
    {
        KeyResultScore[] scores =
        [
            KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Currency("USD"), 0m, 25_000_000m), 30_000_000m),
            KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Currency("EUR"), 0m, 10_000_000m), 9_000_000m),
            KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Currency("INR"), 0m, 1_000_000_000m), 1_250_000_000m),
            KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Percentage, 2m, 4m), 3m),
        ];

        var rollup = Rollup.Of("Team", scores, "USD", Q4, Rates);

        Assert.Equal(new MoneyTotal("USD", 25_000_000m + 11_000_000m + 12_000_000m, 30_000_000m + 9_900_000m + 15_000_000m), rollup.Money);
        Assert.Equal(4, rollup.KeyResultCount);
        Assert.Equal(6_900_000m, rollup.Money!.Difference);
    }

    [Fact]
    public void Costs_that_must_fall_are_not_added_to_revenue()
    {
        KeyResultScore[] scores =
        [
            KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Currency("USD"), 0m, 100m), 50m),
            KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Currency("USD"), 20m, 10m), 15m),
        ];

        Assert.Equal(new MoneyTotal("USD", 100m, 50m), Rollup.Of("Team", scores, "USD", Q4, Rates).Money);
    }

    [Fact]
    public void A_currency_without_a_rate_for_the_quarter_is_an_error_and_never_converted_one_to_one()
    {
        KeyResultScore[] scores =
        [
            KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Currency("GBP"), 0m, 1_000_000m), 900_000m),
        ];

        var error = Assert.Throws<MissingExchangeRateException>(() => Rollup.Of("Team", scores, "USD", Q4, Rates));

        Assert.Equal(("GBP", "USD", Q4), (error.Currency, error.ReportingCurrency, error.Quarter));
        Assert.Equal("There is no GBP→USD exchange rate for 2026-Q4. Add it under exchangeRates in the team's OKR file and import it again.", error.Message);
    }

    [Fact]
    public void A_rate_from_another_quarter_does_not_stand_in_for_a_missing_one()
    {
        Assert.Throws<MissingExchangeRateException>(() => Rates.ToReporting(100m, "INR", "USD", Q4.Previous()));
        Assert.Equal(105m, Rates.ToReporting(100m, "eur", "USD", Q4.Previous()));
    }

    [Fact]
    public void A_group_without_money_has_no_money_total()
    {
        var rollup = Rollup.Of("Ben", [KeyResultScore.Of(TestKeyResults.Make(KeyResultUnit.Milestone, 0m, 1m), 1m)], "USD", Q4, Rates);

        Assert.Null(rollup.Money);
        Assert.Equal(ScoreColor.Green, rollup.Color);
    }
}
