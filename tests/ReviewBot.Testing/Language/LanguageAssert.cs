using System.Text.RegularExpressions;
using Assert = Xunit.Assert;

namespace ReviewBot.Testing.Language;

/// <summary>
/// Checks that what a reader gets is in one language: Chinese with no English words in it, or English with
/// no Chinese. What people typed themselves (names, key result titles, comments) is passed as allowed and
/// taken out first; product names, currency codes and other capitalised abbreviations are allowed anywhere.
/// </summary>
public static partial class LanguageAssert
{
    /// <summary>Words a Chinese sentence may hold as they are: names of products and of our own slash command.</summary>
    private static readonly HashSet<string> WordsChineseKeeps = new(StringComparer.Ordinal)
    {
        "Slack", "Teams", "Microsoft", "ReviewBot", "review", "OKR", "OKRs", "Excel", "Mio", "Mrd",
    };

    public static void Chinese(string text, params IEnumerable<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = WithoutAllowed(text, allowed);
        var english = AsciiWord().Matches(rest)
            .Select(m => m.Value)
            .Where(word => !WordsChineseKeeps.Contains(word) && !IsAbbreviation(word))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(ChineseCharacter().IsMatch(rest), $"Expected Chinese, found none in:\n{text}");
        Assert.True(english.Count == 0, $"Chinese text holds the English words [{string.Join(", ", english)}]:\n{text}");
    }

    public static void English(string text, params IEnumerable<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = WithoutAllowed(text, allowed);
        var chinese = ChineseRun().Matches(rest).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(chinese.Count == 0, $"English text holds the Chinese [{string.Join(", ", chinese)}]:\n{text}");
    }

    /// <summary>US, EUR, KR, CSV, GMV, Q4: capitals an abbreviation is written with in Chinese too.</summary>
    private static bool IsAbbreviation(string word) => word.Length <= 5 && word.All(char.IsAsciiLetterUpper);

    private static string WithoutAllowed(string text, IEnumerable<string> allowed)
    {
        var rest = text;
        // Longest first, so "Andy Miller" goes before "Andy" could split it.
        foreach (var phrase in allowed.Where(p => !string.IsNullOrEmpty(p)).OrderByDescending(p => p.Length))
        {
            rest = rest.Replace(phrase, " ", StringComparison.Ordinal);
        }

        rest = Url().Replace(rest, " ");
        rest = Mention().Replace(rest, " ");
        return EmojiCode().Replace(rest, " ");
    }

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex AsciiWord();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex ChineseCharacter();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF]+")]
    private static partial Regex ChineseRun();

    [GeneratedRegex(@"\b(?:https?|file)://\S+")]
    private static partial Regex Url();

    // Slack's <@U123>, <#C123|name>, <!here> and Teams' <at>name</at>.
    [GeneratedRegex(@"<[@#!][^>]*>|</?at>")]
    private static partial Regex Mention();

    [GeneratedRegex(@":[a-z0-9_+\-]+:")]
    private static partial Regex EmojiCode();
}
