using System.Globalization;
using System.Text;

namespace ReviewBot.Core.Values;

/// <summary>
/// Spells a number out in English ("three point four", "three thousand four hundred"), so an
/// ambiguity message shows the two readings in words no notation can confuse.
/// </summary>
internal static class EnglishNumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Scales =
    [
        "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion", "sextillion",
        "septillion", "octillion", "nonillion",
    ];

    /// <param name="invariant">A number in invariant notation: optional '-', digits, optional '.' and digits.</param>
    public static string Spell(string invariant)
    {
        var negative = invariant.StartsWith('-');
        var unsigned = negative ? invariant[1..] : invariant;
        var point = unsigned.IndexOf('.', StringComparison.Ordinal);
        var whole = (point < 0 ? unsigned : unsigned[..point]).TrimStart('0');
        var fraction = point < 0 ? string.Empty : unsigned[(point + 1)..];

        var words = new StringBuilder();
        if (negative)
        {
            words.Append("minus ");
        }

        words.Append(whole.Length == 0 ? Units[0] : SpellWhole(whole));
        if (fraction.Length > 0)
        {
            words.Append(" point");
            foreach (var digit in fraction)
            {
                words.Append(' ').Append(Units[digit - '0']);
            }
        }

        return words.ToString();
    }

    private static string SpellWhole(string digits)
    {
        var padded = digits.PadLeft((digits.Length + 2) / 3 * 3, '0');
        var groupCount = padded.Length / 3;
        if (groupCount > Scales.Length)
        {
            return digits;
        }

        var parts = new List<string>();
        for (var g = 0; g < groupCount; g++)
        {
            var group = int.Parse(padded.AsSpan(g * 3, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            if (group == 0)
            {
                continue;
            }

            var scale = Scales[groupCount - g - 1];
            parts.Add(scale.Length == 0 ? SpellHundreds(group) : SpellHundreds(group) + " " + scale);
        }

        return string.Join(' ', parts);
    }

    private static string SpellHundreds(int number)
    {
        var hundreds = number / 100;
        var rest = number % 100;
        var parts = new List<string>();
        if (hundreds > 0)
        {
            parts.Add(Units[hundreds] + " hundred");
        }

        if (rest >= 20)
        {
            parts.Add(rest % 10 == 0 ? Tens[rest / 10] : Tens[rest / 10] + "-" + Units[rest % 10]);
        }
        else if (rest > 0)
        {
            parts.Add(Units[rest]);
        }

        return string.Join(' ', parts);
    }
}
