using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>Writes bare numbers in a culture's notation; callers add signs, units and symbols.</summary>
internal static class NumberText
{
    public static decimal RoundForDisplay(decimal value)
    {
        var rounded = decimal.Round(value, 2, MidpointRounding.AwayFromZero);
        // decimal keeps the sign of a rounded-away negative fraction; "-0" would confuse.
        return rounded == 0m ? 0m : rounded;
    }

    /// <summary>Up to two decimals, trailing zeros dropped, grouped the culture's way.</summary>
    public static string Grouped(decimal value, CultureInfo culture) =>
        RoundForDisplay(value).ToString("#,##0.##", culture);

    public static string Ungrouped(decimal value, CultureInfo culture) =>
        RoundForDisplay(value).ToString("0.##", culture);

    /// <summary>Every digit kept, for showing a person exactly what they typed in another notation.</summary>
    public static string Exact(string invariant, CultureInfo culture)
    {
        var value = decimal.Parse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return value.ToString("#,##0.############################", culture);
    }

    /// <summary>Puts a non-negative amount of percent into the culture's percent pattern: "12.5%", "12,5 %".</summary>
    public static string Percent(decimal points, CultureInfo culture)
    {
        var number = Grouped(points, culture);
        var symbol = culture.NumberFormat.PercentSymbol;
        return culture.NumberFormat.PercentPositivePattern switch
        {
            0 => number + " " + symbol,
            2 => symbol + number,
            3 => symbol + " " + number,
            _ => number + symbol,
        };
    }

    /// <summary>A sign in front of the whole text, whatever the culture's negative pattern, so every result reads back.</summary>
    public static string Signed(decimal value, string unsignedText, CultureInfo culture) =>
        RoundForDisplay(value) < 0m ? culture.NumberFormat.NegativeSign + unsignedText : unsignedText;
}
