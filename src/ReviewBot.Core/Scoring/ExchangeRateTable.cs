using ReviewBot.Core.Okrs;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scoring;

/// <summary>A team's exchange rates into its reporting currency, one set per quarter.</summary>
public sealed class ExchangeRateTable
{
    private readonly Dictionary<(Quarter, string), decimal> _rates;

    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        Rates = [.. rates.OrderBy(r => r.Quarter).ThenBy(r => r.Currency, StringComparer.Ordinal)];
        _rates = Rates.ToDictionary(r => (r.Quarter, r.Currency.ToUpperInvariant()), r => r.RateToReporting);
    }

    public static ExchangeRateTable Empty { get; } = new([]);

    public IReadOnlyList<ExchangeRate> Rates { get; }

    /// <summary>How many reporting units one <paramref name="currency"/> was worth in the quarter; null when the table has no rate for it.</summary>
    public decimal? RateFor(string currency, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return _rates.TryGetValue((quarter, currency.ToUpperInvariant()), out var rate) ? rate : null;
    }

    /// <summary>
    /// The currencies of <paramref name="units"/> other than the reporting one without a rate for the quarter, in order:
    /// what the import refuses, and what an approval asks for first.
    /// </summary>
    public IReadOnlyList<string> MissingFor(IEnumerable<KeyResultUnit> units, string reportingCurrency, Quarter quarter) =>
        [.. units.OfType<CurrencyUnit>().Select(c => c.IsoCode)
            .Where(code => !string.Equals(code, reportingCurrency, StringComparison.OrdinalIgnoreCase) && RateFor(code, quarter) is null)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)];

    public decimal ToReporting(decimal amount, string currency, string reportingCurrency, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(reportingCurrency);
        if (string.Equals(currency, reportingCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        return RateFor(currency, quarter) is { } rate
            ? amount * rate
            : throw new MissingExchangeRateException(currency.ToUpperInvariant(), reportingCurrency.ToUpperInvariant(), quarter);
    }
}
