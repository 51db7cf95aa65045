using System.Text;

namespace ReviewBot.Storage;

/// <summary>
/// The words of a lessons search as a person typed them: split at spaces and commas (Latin and Chinese), quotes
/// around a word dropped, each kept once. Everything else in a word is text to find, never search syntax.
/// </summary>
internal static class LessonWords
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；'];

    private const string Quotes = "\"'“”‘’「」『』《》";

    public static IReadOnlyList<string> Of(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return [];
        }

        var found = new List<string>();
        foreach (var piece in words.Split(Separators).SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            var word = piece.Trim(Quotes.ToCharArray());
            if (word.Length > 0 && !found.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(word);
            }
        }

        return found;
    }

    /// <summary>How many characters the word has as the full-text tokenizers count them: code points, not UTF-16 units.</summary>
    public static int Length(string word) => word.EnumerateRunes().Count();

    /// <summary>
    /// Whether the word is written in a script that separates its words with spaces, all letters and digits: such a
    /// word is a token of PostgreSQL's parser. Chinese, Japanese, Korean and Thai are written without spaces, so
    /// the parser takes a whole sentence for one token and a word inside it is found only as a substring.
    /// </summary>
    public static bool IsSpacedWord(string word) =>
        word.EnumerateRunes().All(r => Rune.IsLetterOrDigit(r) && !IsUnspacedScript(r));

    /// <summary>The pattern that finds the word anywhere in a text with LIKE … ESCAPE '\': its own % and _ are only text.</summary>
    public static string ContainsPattern(string word) =>
        "%" + word.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private static bool IsUnspacedScript(Rune rune) =>
        rune.Value is (>= 0x0E00 and <= 0x0EFF) // Thai, Lao
            or (>= 0x1100 and <= 0x11FF) // Hangul Jamo
            or (>= 0x2E80 and <= 0x9FFF) // CJK radicals, punctuation, kana, CJK ideographs
            or (>= 0xAC00 and <= 0xD7AF) // Hangul syllables
            or (>= 0xF900 and <= 0xFAFF) // CJK compatibility ideographs
            or (>= 0x20000 and <= 0x3FFFF); // CJK extensions
}
