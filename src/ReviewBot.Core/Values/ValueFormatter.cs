using System.Globalization;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>
/// Writes key result values the way a person would in a chat message, in the person's culture.
/// Everything written here reads back through <see cref="ValueParser"/> in the same culture.
/// </summary>
public static class ValueFormatter
{
    /// <summary>"US$75M", "3,4 Mio. €", "US$7,500万", "R$ 7,2 mi", "1.5億円", "₹1.2 Cr", "12.5%", "42 accounts", "done", "erledigt".</summary>
    public static string Format(decimal value, KeyResultUnit unit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(culture);

        return unit switch
        {
            MilestoneUnit => MilestoneAnswers.Write(value, culture),
            _ => NumberText.Signed(value, FormatMagnitude(Math.Abs(value), unit, culture), culture),
        };
    }

    /// <summary>
    /// A change between two values, always signed: "+US$15M", "-US$2M", "+1.5 pts", "+3 accounts".
    /// A change that rounds to nothing is "±0" so it never looks like a gain or a loss.
    /// </summary>
    public static string FormatDifference(decimal difference, KeyResultUnit unit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(culture);

        var rounded = NumberText.RoundForDisplay(difference);
        var sign = rounded switch
        {
            > 0m => culture.NumberFormat.PositiveSign,
            < 0m => culture.NumberFormat.NegativeSign,
            _ => "±",
        };
        var magnitude = Math.Abs(difference);

        return unit switch
        {
            // A percentage minus a percentage is percentage points, not percent: "12% → 13.5%" is +1.5 pts, not +12.5 %.
            PercentageUnit => sign + NumberText.Grouped(magnitude, culture) + PointsWord(NumberText.RoundForDisplay(magnitude), culture),
            // Milestones change by whole steps; the count of milestones done is what moved.
            MilestoneUnit => sign + NumberText.Grouped(magnitude, culture),
            _ => sign + FormatMagnitude(magnitude, unit, culture),
        };
    }

    /// <summary>Attainment as a percentage of target: 1.25 → "125%", 1.0494 → "104.9%" (en), "104,9 %" (de).</summary>
    public static string FormatRatio(decimal ratio, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        // One decimal where the figure is not whole: a meeting tells 104.9% from 105%, and more would be false precision.
        var points = Math.Round(ratio * 100m, 1, MidpointRounding.AwayFromZero);
        return NumberText.Signed(points, NumberText.Percent(Math.Abs(points), culture), culture);
    }

    private static string FormatMagnitude(decimal magnitude, KeyResultUnit unit, CultureInfo culture) => unit switch
    {
        CurrencyUnit currency => Money(magnitude, currency, culture),
        PercentageUnit => NumberText.Percent(magnitude, culture),
        // Counts stay exact ("1,250 accounts"): a count is small enough to read in full and rounding it hides progress.
        CountUnit count => NumberText.Grouped(magnitude, culture) + " " + count.Name,
        _ => NumberText.Grouped(magnitude, culture),
    };

    private static string Money(decimal magnitude, CurrencyUnit currency, CultureInfo culture) =>
        CurrencySymbols.Put(CompactStyle.For(currency, culture).Format(magnitude, culture), currency.IsoCode, culture);

    private static string PointsWord(decimal roundedMagnitude, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "de" => " Pp.",
        "pt" => " p.p.",
        "ja" => "ポイント",
        "zh" => "个百分点",
        _ => roundedMagnitude == 1m ? " pt" : " pts",
    };
}
