using System.Globalization;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>
/// Reads the value a person typed for a key result ("3,4 Mio. €", "₹12 lakh", "500万元", "done")
/// in that person's culture. Never throws for any text: everything it cannot read safely comes
/// back as a <see cref="ValueParseError"/> whose message the bot can send as is.
/// </summary>
public static class ValueParser
{
    // Far beyond any sales figure, yet far below decimal's limit, so arithmetic on values cannot overflow.
    private const decimal Largest = 1_000_000_000_000_000_000m;

    private static readonly string[] PercentMarks = ["%", "percent", "per cent", "pct", "prozent", "pour cent"];

    public static ValueParseResult Parse(string? input, KeyResultUnit unit, CultureInfo culture, string keyResultTitle)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(keyResultTitle);

        var messages = new ValueMessages(input?.Trim() ?? string.Empty, unit, culture, keyResultTitle);
        var text = InputNormalizer.Normalize(input);
        if (text.Length == 0)
        {
            return messages.Empty();
        }

        if (unit is MilestoneUnit)
        {
            return MilestoneAnswers.TryRead(text, out var answer)
                ? ValueParseResult.Success(answer)
                : messages.NotAMilestoneAnswer();
        }

        return ReadQuantity(text, unit, culture, messages);
    }

    private static ValueParseResult ReadQuantity(string text, KeyResultUnit unit, CultureInfo culture, ValueMessages messages)
    {
        // Accounting notation from spreadsheets: "(3,000)" is minus three thousand.
        var negative = false;
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = text[1..^1].Trim();
        }

        var start = DigitsStart(text);
        if (start < 0)
        {
            return messages.Unreadable();
        }

        var end = DigitsEnd(text, start);
        var prefix = text[..start].Replace(" ", string.Empty, StringComparison.Ordinal);
        var digits = text[start..end];
        var suffix = text[end..].Trim();

        if (!TryTakeSign(ref prefix, ref negative))
        {
            return messages.Unreadable();
        }

        var marks = new List<CurrencyMark>();
        var hasPercent = false;
        if (prefix.Length > 0 && !TryReadMark(prefix, unit, marks, ref hasPercent))
        {
            return messages.Unreadable();
        }

        var multiplierLength = Multipliers.Match(suffix, culture, out var factor);
        var hasMultiplier = multiplierLength > 0;
        var takesTail = hasMultiplier && CountingTail.Follows(suffix[..multiplierLength]);
        suffix = suffix[multiplierLength..].Trim();
        var tail = 0m;
        if (takesTail && !CountingTail.TryRead(suffix, factor, culture, out tail, out suffix))
        {
            return messages.Unreadable();
        }

        if (suffix.Length > 0 && !IsCountName(suffix, unit) && !TryReadMark(suffix, unit, marks, ref hasPercent))
        {
            return messages.Unreadable();
        }

        if ((hasPercent && unit is not PercentageUnit) || (hasMultiplier && unit is PercentageUnit))
        {
            return messages.Unreadable();
        }

        var foreignMark = marks.FirstOrDefault(mark => unit is not CurrencyUnit currency || !mark.Names(currency.IsoCode));
        if (foreignMark is not null)
        {
            return messages.WrongCurrency(foreignMark);
        }

        return ReadDigits(digits, factor, tail, negative, culture, messages);
    }

    /// <param name="tail">The lower parts of a number counted in 万 and 億, added after scaling: 5000万 in "2億5000万".</param>
    private static ValueParseResult ReadDigits(string digits, decimal factor, decimal tail, bool negative, CultureInfo culture, ValueMessages messages)
    {
        var reading = SeparatorReader.Read(digits, culture);
        switch (reading.Outcome)
        {
            case DigitReadingOutcome.Unreadable:
                return messages.Unreadable();
            case DigitReadingOutcome.Ambiguous:
                if (!FitsInRange(reading.DecimalReading) || !FitsInRange(reading.GroupedReading))
                {
                    return messages.TooLarge();
                }

                var sign = negative ? "-" : string.Empty;
                return messages.Ambiguous(reading.AmbiguousSeparator, sign + reading.DecimalReading, sign + reading.GroupedReading);
        }

        if (!decimal.TryParse(reading.Canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return messages.TooLarge();
        }

        try
        {
            value = (value * factor) + tail;
        }
        catch (OverflowException)
        {
            return messages.TooLarge();
        }

        if (value > Largest)
        {
            return messages.TooLarge();
        }

        return ValueParseResult.Success(negative ? -value : value);
    }

    private static bool FitsInRange(string invariant) =>
        decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && value <= Largest;

    private static int DigitsStart(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first <= 0)
        {
            return first;
        }

        // ".5" starts at the separator; "Rs.5" does not, because there the dot belongs to the mark.
        var startsWithSeparator = text[first - 1] is '.' or ','
            && (first == 1 || text[first - 2] is ' ' or '+' or '-');
        return startsWithSeparator ? first - 1 : first;
    }

    private static int DigitsEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            var digitFollows = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
            var digitPrecedes = i > start && char.IsAsciiDigit(text[i - 1]);
            var separatesDigits = c is '.' or ',' or '\'' || (c == ' ' && digitPrecedes);
            if (!digitFollows || !separatesDigits)
            {
                break;
            }

            i++;
        }

        return i;
    }

    /// <summary>Takes at most one sign from either end of the text before the number ("-$3", "$-3").</summary>
    private static bool TryTakeSign(ref string prefix, ref bool negative)
    {
        var signs = 0;
        var minus = false;
        while (prefix.Length > 0 && (prefix[0] is '+' or '-' || prefix[^1] is '+' or '-'))
        {
            var atStart = prefix[0] is '+' or '-';
            minus = (atStart ? prefix[0] : prefix[^1]) == '-';
            prefix = atStart ? prefix[1..] : prefix[..^1];
            signs++;
        }

        // "(-3)" and "--3" are not notations anyone means; better to ask than to guess.
        if (signs > 1 || (signs == 1 && negative))
        {
            return false;
        }

        negative |= minus;
        return true;
    }

    private static bool TryReadMark(string text, KeyResultUnit unit, List<CurrencyMark> marks, ref bool hasPercent)
    {
        if (PercentMarks.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            hasPercent = true;
            return true;
        }

        if (CurrencyMarks.TryFind(text, unit, out var mark))
        {
            marks.Add(mark);
            return true;
        }

        return false;
    }

    private static bool IsCountName(string text, KeyResultUnit unit)
    {
        if (unit is not CountUnit count)
        {
            return false;
        }

        // "1 account" for a unit named "accounts".
        var singular = count.Name.EndsWith('s') ? count.Name[..^1] : count.Name;
        return string.Equals(text, count.Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, singular, StringComparison.OrdinalIgnoreCase);
    }
}
