using System.Globalization;

namespace ReviewBot.Core.Text;

/// <summary>
/// Which language a <see cref="TextCatalog"/> answers a culture in, for the few choices outside the resx files that
/// must agree with it: full-width marks, day names, the page's <c>lang</c>.
/// </summary>
public static class TextLanguage
{
    /// <summary>
    /// Whether the culture reads the Simplified Chinese sentences: the parent chain the resource manager walks
    /// (zh-CN and zh-SG through zh-Hans); every other culture, zh-TW included, reads English.
    /// </summary>
    public static bool ReadsChinese(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
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
}
