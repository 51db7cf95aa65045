using System.Globalization;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews.Streams;

/// <summary>A stream's figures as the review and the trend write them, in the reader's culture.</summary>
internal static class StreamValues
{
    /// <summary>What a dash stands for where a stream has no such figure.</summary>
    public const string None = "–";

    /// <summary>A number in its question's unit: money with its currency, a percentage, a count as a bare number (the label says what is counted).</summary>
    public static string Number(decimal value, NumberQuestion question, string? currency, CultureInfo culture) => question.Unit switch
    {
        CurrencyUnit => Money(value, currency!, culture),
        PercentageUnit => ValueFormatter.Format(value, KeyResultUnit.Percentage, culture),
        _ => NumberText.Signed(value, NumberText.Grouped(Math.Abs(value), culture), culture),
    };

    /// <summary>A number as it is compared: money in the team's reporting currency, anything else as <see cref="Number"/>.</summary>
    public static string Comparable(decimal value, NumberQuestion question, string reportingCurrency, CultureInfo culture) =>
        Number(value, question, question.Unit is CurrencyUnit ? reportingCurrency : null, culture);

    public static string Money(decimal value, string currency, CultureInfo culture) =>
        ValueFormatter.Format(value, KeyResultUnit.Currency(currency), culture);

    public static string Count(decimal value, CultureInfo culture) => NumberText.Grouped(value, culture);

    public static string Percent(decimal value, CultureInfo culture) => ValueFormatter.Format(value, KeyResultUnit.Percentage, culture);

    /// <summary>A rating average with one decimal: "4.3", "4,3".</summary>
    public static string Rating(decimal average, CultureInfo culture) =>
        Math.Round(average, 1, MidpointRounding.AwayFromZero).ToString("0.0", culture);

    /// <summary>"4.3/5": a mark, not words, so the same in every language.</summary>
    public static string RatingOutOf(decimal average, int highest, CultureInfo culture) =>
        Rating(average, culture) + "/" + highest.ToString(culture);

    /// <summary>
    /// ↑, ↓ or → against an earlier average: a number counts as level within 2% of it, a rating within a tenth of a
    /// point, so rounding noise draws no arrow.
    /// </summary>
    public static string Arrow(decimal value, decimal average, bool rating)
    {
        var margin = rating ? 0.05m : Math.Abs(average) * 0.02m;
        return value - average > margin ? "↑" : average - value > margin ? "↓" : "→";
    }
}
