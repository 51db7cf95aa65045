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

    /// <summary>"Andy Miller, Ben Weber" in English; "Andy Miller、Ben Weber" in Chinese, with the enumeration comma.</summary>
    public static string Names(IEnumerable<string> names, CultureInfo culture) =>
        string.Join(ReadsChinese(culture) ? "、" : ", ", names);
}
