using System.Text;

namespace ReviewBot.Core.Values;

/// <summary>
/// Spells a number out in Chinese ("一点二三四", "一千二百三十四"), the Chinese twin of
/// <see cref="EnglishNumberWords"/>: an ambiguity message shows both readings in words no notation can confuse.
/// </summary>
internal static class ChineseNumberWords
{
    private const string Digits = "零一二三四五六七八九";

    // Chinese counts in groups of four digits: 1,2345,6789 is 一亿二千三百四十五万六千七百八十九.
    private static readonly string[] GroupUnits = ["", "万", "亿", "万亿"];

    private static readonly string[] PlaceUnits = ["千", "百", "十", ""];

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
            words.Append('负');
        }

        words.Append(whole.Length == 0 ? "零" : SpellWhole(whole));
        if (fraction.Length > 0)
        {
            words.Append('点');
            foreach (var digit in fraction)
            {
                words.Append(Digits[digit - '0']);
            }
        }

        return words.ToString();
    }

    private static string SpellWhole(string digits)
    {
        var padded = digits.PadLeft((digits.Length + 3) / 4 * 4, '0');
        var groupCount = padded.Length / 4;
        if (groupCount > GroupUnits.Length)
        {
            // Beyond 万亿 nobody reads a sales figure aloud; the digits say it best.
            return digits;
        }

        var words = new StringBuilder();
        var zeroPending = false;
        for (var g = 0; g < groupCount; g++)
        {
            var group = padded.Substring(g * 4, 4);
            if (group == "0000")
            {
                zeroPending = words.Length > 0;
                continue;
            }

            // A gap inside the number is read as one 零: 十万零五, 一万零五百.
            if (words.Length > 0 && (zeroPending || group[0] == '0'))
            {
                words.Append('零');
            }

            words.Append(SpellGroup(group, leading: words.Length == 0)).Append(GroupUnits[groupCount - g - 1]);
            zeroPending = false;
        }

        return words.ToString();
    }

    private static string SpellGroup(string four, bool leading)
    {
        var words = new StringBuilder();
        var zeroPending = false;
        for (var place = 0; place < 4; place++)
        {
            var digit = four[place] - '0';
            if (digit == 0)
            {
                zeroPending = words.Length > 0;
                continue;
            }

            if (zeroPending)
            {
                words.Append('零');
                zeroPending = false;
            }

            // 十二, not 一十二, at the head of a number.
            var tenAlone = leading && words.Length == 0 && place == 2 && digit == 1;
            if (!tenAlone)
            {
                words.Append(Digits[digit]);
            }

            words.Append(PlaceUnits[place]);
        }

        return words.ToString();
    }
}
