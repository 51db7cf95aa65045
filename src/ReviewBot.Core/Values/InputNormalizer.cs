using System.Text;

namespace ReviewBot.Core.Values;

/// <summary>
/// Folds the many look-alike characters people paste from spreadsheets, phones and Chinese
/// input methods into one spelling each, so the reader only has to know one.
/// </summary>
internal static class InputNormalizer
{
    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(input.Length);
        var lastWasSpace = false;
        foreach (var original in input)
        {
            var c = Fold(original);
            if (c == '\0')
            {
                continue;
            }

            if (c == ' ')
            {
                // Runs of spaces carry no meaning; one space keeps "3 000" readable as grouped digits.
                if (!lastWasSpace)
                {
                    folded.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            folded.Append(c);
        }

        return folded.ToString().Trim();
    }

    private static char Fold(char c) => c switch
    {
        // Minus look-alikes: sv-SE and others format negatives with U+2212.
        '\u2212' or '\u2012' or '\u2013' or '\u2014' or '\uFE63' => '-',
        // Apostrophe look-alikes used as Swiss group separators.
        '\u2019' or '\u2032' or '\u02BC' => '\'',
        '\uFFE5' => '¥',
        '\uFFE1' => '£',
        '\u066A' => '%',
        // Invisible characters that survive copy and paste; U+FE0F turns ✅ into an emoji variant.
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\uFE0F' => '\0',
        // Full-width forms from Chinese and Japanese input methods map onto ASCII by a fixed offset.
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ when char.IsWhiteSpace(c) => ' ',
        _ => c,
    };
}
