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

    public decimal ToReporting(decimal amount, string currency, string reportingCurrency, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(reportingCurrency);
        if (string.Equals(currency, reportingCurrency, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        return _rates.TryGetValue((quarter, currency.ToUpperInvariant()), out var rate)
            ? amount * rate
            : throw new MissingExchangeRateException(currency.ToUpperInvariant(), reportingCurrency.ToUpperInvariant(), quarter);
    }
}
