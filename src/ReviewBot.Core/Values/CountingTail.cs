using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>
/// The lower parts of a number counted in 万 and 億 (亿): "2億5000万円" is 2億 and a tail of 5000万, and
/// "1万5000" is 1万 and a tail of 5000. Each part must be smaller than the unit before it, as these
/// counts are written; anything else is not a tail the reader can trust.
/// </summary>
internal static class CountingTail
{
    /// <summary>Whether a multiplier is one that a lower part may follow: 万, 億 (亿), 千万 and the like.</summary>
    public static bool Follows(string multiplier) => multiplier is "万" or "萬" or "亿" or "億" or "千" or "百万" or "百萬" or "千万" or "千萬";

    /// <param name="text">What follows the head and its multiplier, such as "5000万円".</param>
    /// <param name="unit">The head's multiplier: every part of the tail must stay below it.</param>
    /// <param name="culture">The culture whose multiplier words are read.</param>
    /// <param name="tail">The value of the lower parts, 0 when there are none.</param>
    /// <param name="rest">What follows the tail, such as "円".</param>
    /// <returns>False when the text starts with digits that are not a valid lower part.</returns>
    public static bool TryRead(string text, decimal unit, CultureInfo culture, out decimal tail, out string rest)
    {
        tail = 0m;
        rest = text;
        while (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
        {
            var digitCount = rest.TakeWhile(char.IsAsciiDigit).Count();
            // A lower part never has more digits than the head's unit; checking first keeps the product in range.
            if (!decimal.TryParse(rest[..digitCount], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number >= unit)
            {
                return false;
            }

            var after = rest[digitCount..];
            var multiplierLength = Multipliers.Match(after, culture, out var factor);
            if (multiplierLength > 0 && !Follows(after[..multiplierLength]))
            {
                return false;
            }

            var part = number * factor;
            if (part >= unit)
            {
                // "2億15000万" is not a way anyone writes 350,000,000.
                return false;
            }

            tail += part;
            unit = factor;
            rest = after[multiplierLength..].TrimStart();
            if (multiplierLength == 0)
            {
                break;
            }
        }

        return true;
    }
}
