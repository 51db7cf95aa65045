using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scoring;

/// <summary>
/// A group of key results seen as one (an objective, a person, a market, the team): the weighted mean of
/// their scores and, when some are money, their money summed in the reporting currency.
/// </summary>
public sealed record Rollup(string Label, int KeyResultCount, decimal Score, MoneyTotal? Money)
{
    public ScoreColor Color => KeyResultScore.ColorOf(Score);

    /// <summary>
    /// Rolls up <paramref name="scores"/>. Only currency key results that must go up are added into
    /// <see cref="Money"/>: adding costs that must fall to revenue would mean nothing.
    /// </summary>
    /// <exception cref="MissingExchangeRateException">A currency has no rate for the quarter.</exception>
    public static Rollup Of(
        string label,
        IReadOnlyCollection<KeyResultScore> scores,
        string reportingCurrency,
        Quarter quarter,
        ExchangeRateTable rates)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(rates);
        // Summed in place, one total at the end: a team's roll-up adds up thousands of key results.
        var anyMoney = false;
        decimal target = 0m, actual = 0m;
        foreach (var score in scores)
        {
            if (score.KeyResult.Unit is not CurrencyUnit currency || score.KeyResult.Direction != Direction.Increase)
            {
                continue;
            }

            anyMoney = true;
            target += rates.ToReporting(score.KeyResult.Target, currency.IsoCode, reportingCurrency, quarter);
            actual += rates.ToReporting(score.Actual, currency.IsoCode, reportingCurrency, quarter);
        }

        return new Rollup(label, scores.Count, ObjectiveScore.Of(scores), anyMoney ? new MoneyTotal(reportingCurrency, target, actual) : null);
    }
}
