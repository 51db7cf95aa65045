using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Planning;

/// <summary>
/// Proposed money in the team's reporting currency. A quarter still being planned often has no rates yet, so a
/// total may fall back to the quarter before's rate, and says so: a 1:1 guess would mislead without anyone noticing.
/// </summary>
internal static class PlanMoney
{
    /// <summary>The proposed amount a key result adds to a money total: a currency target that must go up; null for any other.</summary>
    public static (string Currency, decimal Amount)? Proposed(ProposedKeyResult keyResult) =>
        keyResult.Unit is CurrencyUnit currency && keyResult.Target >= keyResult.Start ? (currency.IsoCode, keyResult.Target) : null;

    /// <summary>The currencies of <paramref name="keyResults"/> other than the reporting one that have no rate for <paramref name="quarter"/>.</summary>
    public static IReadOnlyList<string> MissingRates(Team team, IEnumerable<ProposedKeyResult> keyResults, Quarter quarter) =>
        team.ExchangeRates.MissingFor(keyResults.Select(k => k.Unit), team.ReportingCurrency, quarter);

    /// <summary>How many reporting units one <paramref name="currency"/> is worth in the quarter; 1 for the reporting currency; null when unknown.</summary>
    public static decimal? Rate(Team team, string currency, Quarter quarter)
    {
        return string.Equals(currency, team.ReportingCurrency, StringComparison.OrdinalIgnoreCase) ? 1m : team.ExchangeRates.RateFor(currency, quarter);
    }

    /// <summary>A sum in the reporting currency, with the currencies read at the quarter before's rate and those left out.</summary>
    /// <param name="earlierRates">Whether a currency without a rate for the quarter is read at the quarter before's (a plan's) or left out (a result's).</param>
    public sealed class Total(Team team, Quarter quarter, bool earlierRates = true)
    {
        private readonly SortedSet<string> _fallback = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _missing = new(StringComparer.Ordinal);

        public decimal Amount { get; private set; }

        public bool Any { get; private set; }

        /// <summary>Currencies converted at <see cref="Quarter.Previous"/>'s rate because the quarter has none.</summary>
        public IReadOnlyCollection<string> AtEarlierRate => _fallback;

        /// <summary>Currencies left out: no rate for the quarter or the one before.</summary>
        public IReadOnlyCollection<string> LeftOut => _missing;

        public bool Marked => _fallback.Count > 0 || _missing.Count > 0;

        public void Add(string currency, decimal amount)
        {
            Any = true;
            if (Rate(team, currency, quarter) is { } rate)
            {
                Amount += amount * rate;
            }
            else if (earlierRates && Rate(team, currency, quarter.Previous()) is { } earlier)
            {
                _fallback.Add(currency.ToUpperInvariant());
                Amount += amount * earlier;
            }
            else
            {
                _missing.Add(currency.ToUpperInvariant());
            }
        }

        public void Add(Total other)
        {
            Any |= other.Any;
            Amount += other.Amount;
            _fallback.UnionWith(other._fallback);
            _missing.UnionWith(other._missing);
        }
    }
}
