using System.Globalization;

namespace ReviewBot.Core.Commands;

/// <summary>
/// The little a sentence key cannot carry: how names are listed. It follows the resx files' own choice of
/// language (a culture reads Chinese when zh-Hans is among its parents, as zh-CN and zh-SG), so the list
/// and the sentence around it are never in two languages.
/// </summary>
internal static class ReaderLanguage
{
    public static bool ReadsChinese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !c.Equals(CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (c.Name.Equals("zh-Hans", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The culture whose day and month names are in the sentence's language: the reader's own for Chinese, the
    /// invariant culture's English names for every reader of the English text, so a de-DE reader of it gets
    /// "Sunday", not "Sonntag".
    /// </summary>
    public static CultureInfo ForNames(CultureInfo culture) => ReadsChinese(culture) ? culture : CultureInfo.InvariantCulture;

    /// <summary>"Andy Miller, Ben Weber" in English; "Andy Miller、Ben Weber" in Chinese, with the enumeration comma.</summary>
    public static string Names(IEnumerable<string> names, CultureInfo culture) =>
        string.Join(ReadsChinese(culture) ? "、" : ", ", names);
}
