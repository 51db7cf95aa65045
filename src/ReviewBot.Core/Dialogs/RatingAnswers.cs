using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewBot.Core.Dialogs;

/// <summary>
/// Reads a rating as people type it in a chat: "4", "４" (full-width, from a Chinese input method), "四", "4/5",
/// "4分", "4星", "4 stars", "4 out of 5". Both languages' forms are read whatever the reader's language, as
/// <see cref="AnswerWords"/> are.
/// </summary>
public static partial class RatingAnswers
{
    private const string ChineseDigits = "零一二三四五六七八九十";

    public static bool TryRead(string? text, int lowest, int highest, out int rating)
    {
        rating = 0;
        var folded = Fold(text);
        var match = RatingPattern().Match(folded);
        if (!match.Success)
        {
            return false;
        }

        var number = match.Groups["n"].Value;
        var value = ChineseDigits.IndexOf(number, StringComparison.Ordinal) is var index and >= 0 && number.Length == 1
            ? index
            : int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
        // "4/5" is out of five; "4/10" is another scale, not a 4 here.
        if (match.Groups["of"].Success && int.Parse(match.Groups["of"].Value, NumberStyles.None, CultureInfo.InvariantCulture) != highest)
        {
            return false;
        }

        if (value < lowest || value > highest)
        {
            return false;
        }

        rating = value;
        return true;
    }

    /// <summary>How a rating is shown once given: "4/5".</summary>
    public static string Show(int rating, int highest) => string.Create(CultureInfo.InvariantCulture, $"{rating}/{highest}");

    private static string Fold(string? text)
    {
        var chars = (text ?? "").Trim().Select(c => c switch
        {
            >= '０' and <= '９' => (char)(c - '０' + '0'),
            '／' => '/',
            '　' => ' ',
            _ => c,
        });
        return new string([.. chars]).Trim().TrimEnd('.', '!', '。', '！').Trim();
    }

    [GeneratedRegex(@"^(?<n>\d{1,2}|[零一二三四五六七八九十])\s*(?:(?:/|out\s+of)\s*(?<of>\d{1,2})|分|颗星|星|stars?|points?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatingPattern();
}
