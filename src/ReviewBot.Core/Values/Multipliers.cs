using System.Globalization;

namespace ReviewBot.Core.Values;

/// <summary>The words and letters that scale a number: "k", "Mio.", "lakh", "mi", "万".</summary>
internal static class Multipliers
{
    private const decimal Thousand = 1_000m;
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;
    private const decimal Lakh = 100_000m;
    private const decimal Crore = 10_000_000m;

    // Longest spellings first, so "mn" wins over "m" and "Mio." over "Mio".
    // "billion" is always 10^9: the bot's users write English, even when their notation is German.
    private static readonly (string Spelling, decimal Factor)[] Everywhere = LongestFirst(
        [
            ("k", Thousand), ("thousand", Thousand), ("thousands", Thousand), ("tsd", Thousand), ("tsd.", Thousand),
            ("tausend", Thousand), ("mille", Thousand), ("千", Thousand),
            ("m", Million), ("mm", Million), ("mn", Million), ("mln", Million), ("mio", Million), ("mio.", Million),
            ("million", Million), ("millions", Million), ("millionen", Million),
            ("b", Billion), ("bn", Billion), ("bln", Billion), ("billion", Billion), ("billions", Billion),
            ("mrd", Billion), ("mrd.", Billion), ("md", Billion), ("milliard", Billion), ("milliards", Billion),
            ("milliarde", Billion), ("milliarden", Billion),
            ("l", Lakh), ("lakh", Lakh), ("lakhs", Lakh), ("lac", Lakh), ("lacs", Lakh),
            ("cr", Crore), ("cr.", Crore), ("crore", Crore), ("crores", Crore),
            ("milhão", Million), ("milhao", Million), ("milhões", Million), ("milhoes", Million),
            ("bilhão", Billion), ("bilhao", Billion), ("bilhões", Billion), ("bilhoes", Billion),
            ("万", 10_000m), ("萬", 10_000m), ("亿", 100_000_000m), ("億", 100_000_000m),
            ("百万", Million), ("百萬", Million), ("千万", 10_000_000m), ("千萬", 10_000_000m),
        ]);

    // Only in Portuguese: elsewhere "mil" is slang for a million and "mi" could be miles.
    private static readonly (string Spelling, decimal Factor)[] InPortuguese = LongestFirst(
        [.. Everywhere, ("mil", Thousand), ("mi", Million), ("bi", Billion)]);

    /// <summary>Matches a multiplier at the start of <paramref name="text"/>, with the culture's own short words.</summary>
    /// <returns>How many characters the multiplier used, or 0 when there is none.</returns>
    public static int Match(string text, CultureInfo culture, out decimal factor)
    {
        var spellings = culture.TwoLetterISOLanguageName == "pt" ? InPortuguese : Everywhere;
        foreach (var (spelling, candidate) in spellings)
        {
            if (!text.StartsWith(spelling, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "12 leads" is not 12 lakh eads: a letter multiplier must end where the word ends.
            var endsMidWord = char.IsAsciiLetter(spelling[^1])
                && text.Length > spelling.Length
                && char.IsLetter(text[spelling.Length]);
            if (endsMidWord)
            {
                continue;
            }

            factor = candidate;
            return spelling.Length;
        }

        factor = 1m;
        return 0;
    }

    private static (string Spelling, decimal Factor)[] LongestFirst((string Spelling, decimal Factor)[] spellings) =>
        [.. spellings.OrderByDescending(entry => entry.Spelling.Length)];
}
