using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>
/// Decides what the '.', ',', space and apostrophe inside a run of digits mean.
/// The structure of the number decides when it can ("1.234.567,89" can only be one thing);
/// the culture decides only for a lone separator, and only when that leaves one reading.
/// </summary>
internal static class SeparatorReader
{
    /// <param name="digits">ASCII digits with '.', ',', ' ' or '\'' between them (a leading '.' or ',' is allowed).</param>
    /// <param name="culture">Settles a lone separator: its decimal separator is read as one.</param>
    public static DigitReading Read(string digits, CultureInfo culture)
    {
        var marks = new List<int>();
        var spacers = new List<int>();
        for (var i = 0; i < digits.Length; i++)
        {
            switch (digits[i])
            {
                case '.' or ',':
                    marks.Add(i);
                    break;
                case ' ' or '\'':
                    spacers.Add(i);
                    break;
            }
        }

        if (marks.Count == 0 && spacers.Count == 0)
        {
            return DigitReading.Read(digits);
        }

        // Spaces and apostrophes only ever group digits; mixing the two is not a notation anyone uses.
        if (spacers.Select(i => digits[i]).Distinct().Count() > 1)
        {
            return DigitReading.Unreadable;
        }

        if (marks.Count == 0)
        {
            return Grouped(digits, spacers);
        }

        var lastMark = marks[^1];
        var lastMarkChar = digits[lastMark];
        var otherMarks = marks.Take(marks.Count - 1).ToList();
        var bothKinds = otherMarks.Any(i => digits[i] != lastMarkChar);

        if (bothKinds)
        {
            // "1.234.567,89": the last, different separator is the decimal one; the others group.
            var decimalUsedTwice = otherMarks.Any(i => digits[i] == lastMarkChar);
            return decimalUsedTwice || spacers.Count > 0
                ? DigitReading.Unreadable
                : WithDecimal(digits, otherMarks, lastMark);
        }

        if (spacers.Count > 0)
        {
            // "1 234 567,5": after space groups, a single different separator can only be the decimal one.
            var markFollowsAllSpacers = marks.Count == 1 && spacers[^1] < lastMark;
            return markFollowsAllSpacers ? WithDecimal(digits, spacers, lastMark) : DigitReading.Unreadable;
        }

        if (marks.Count > 1)
        {
            // "1,20,000" or "1.234.567": a separator used twice cannot be a decimal separator.
            return Grouped(digits, marks);
        }

        return Lone(digits, lastMark, culture);
    }

    private static DigitReading Lone(string digits, int position, CultureInfo culture)
    {
        var separator = digits[position];
        var whole = digits[..position];
        var fraction = digits[(position + 1)..];

        if (IsCultureDecimalSeparator(separator, culture))
        {
            return DigitReading.Read((whole.Length == 0 ? "0" : whole) + "." + fraction);
        }

        if (whole.Length == 0)
        {
            return DigitReading.Unreadable;
        }

        if (fraction.Length == 3 && whole.Length <= 3)
        {
            return DigitReading.Read(whole + fraction);
        }

        // The other reading pads a short tail to a full group ("3,4" → 3,400) or, for a long tail,
        // treats the separator as a slip ("3,4567" → 34,567).
        var grouped = fraction.Length < 3 ? whole + fraction.PadRight(3, '0') : whole + fraction;
        return DigitReading.Ambiguous(separator, whole + "." + fraction, grouped);
    }

    private static bool IsCultureDecimalSeparator(char separator, CultureInfo culture)
    {
        var decimalSeparator = culture.NumberFormat.NumberDecimalSeparator;
        return decimalSeparator.Length == 1 && decimalSeparator[0] == separator;
    }

    private static DigitReading WithDecimal(string digits, List<int> groupSeparators, int decimalPosition)
    {
        var whole = Grouped(digits[..decimalPosition], groupSeparators);
        return whole.Outcome == DigitReadingOutcome.Read
            ? DigitReading.Read(whole.Canonical + "." + digits[(decimalPosition + 1)..])
            : whole;
    }

    private static DigitReading Grouped(string digits, List<int> separators)
    {
        var groups = new List<string>();
        var start = 0;
        foreach (var separator in separators)
        {
            groups.Add(digits[start..separator]);
            start = separator + 1;
        }

        groups.Add(digits[start..]);

        // Western groups are 3 digits; Indian ones are 2 between the first and the last three.
        var firstFits = groups[0].Length is >= 1 and <= 3;
        var middleFit = groups.Skip(1).Take(groups.Count - 2).All(g => g.Length is 2 or 3);
        var lastFits = groups[^1].Length == 3;
        var onlyDigits = groups.All(g => g.All(char.IsAsciiDigit));
        return firstFits && middleFit && lastFits && onlyDigits
            ? DigitReading.Read(string.Concat(groups))
            : DigitReading.Unreadable;
    }
}
