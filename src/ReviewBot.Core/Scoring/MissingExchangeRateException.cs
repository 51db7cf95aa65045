using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Scoring;

/// <summary>
/// A currency key result could not be rolled up because the team has no rate for its currency in that
/// quarter. Converting at 1:1 instead would report wrong totals without anyone noticing.
/// </summary>
public sealed class MissingExchangeRateException : Exception
{
    public MissingExchangeRateException(string currency, string reportingCurrency, Quarter quarter)
        : base($"There is no {currency}→{reportingCurrency} exchange rate for {quarter}. Add it under exchangeRates in the team's OKR file and import it again.")
    {
        Currency = currency;
        ReportingCurrency = reportingCurrency;
        Quarter = quarter;
    }

    public string Currency { get; }

    public string ReportingCurrency { get; }

    public Quarter Quarter { get; }
}
