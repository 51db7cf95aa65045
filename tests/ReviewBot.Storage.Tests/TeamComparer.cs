using ReviewBot.Core.People;

namespace ReviewBot.Storage.Tests;

/// <summary>Compares teams by value, settings lists included (records compare lists by reference).</summary>
internal sealed class TeamComparer : IEqualityComparer<Team?>
{
    public static readonly TeamComparer Instance = new();

    public bool Equals(Team? x, Team? y) =>
        x is null || y is null
            ? ReferenceEquals(x, y)
            : x with { ExchangeRates = y.ExchangeRates, Holidays = y.Holidays, SummaryChannels = y.SummaryChannels } == y
              && x.ExchangeRates.Rates.SequenceEqual(y.ExchangeRates.Rates)
              && x.Holidays.SequenceEqual(y.Holidays)
              && x.SummaryChannels.SequenceEqual(y.SummaryChannels);

    public int GetHashCode(Team? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
}
