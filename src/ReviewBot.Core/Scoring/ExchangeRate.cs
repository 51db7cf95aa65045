using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scoring;

/// <summary>How many units of the reporting currency one unit of <paramref name="Currency"/> was worth in a quarter.</summary>
public sealed record ExchangeRate(Quarter Quarter, string Currency, decimal RateToReporting);
