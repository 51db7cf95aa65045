using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Reports.Charts;

/// <summary>Axis ticks in the culture's compact money style, the same text the chat messages use: "US$20M", "20 Mio. US$", "US$2,000万".</summary>
internal static class MoneyTicks
{
    public static Func<double, string> Formatter(string currency, CultureInfo culture)
    {
        var unit = new CurrencyUnit(currency);
        return value => double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? ValueFormatter.Format((decimal)value, unit, culture) : string.Empty;
    }
}
