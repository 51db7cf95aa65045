using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ReviewBot.Host.Playground;

/// <summary>
/// The playground page's own words (buttons, labels, hints; not the bot's replies, which the engine writes in each
/// person's language) in every language the page offers: PlaygroundPageText.resx and its translations beside
/// it, read through <see cref="IStringLocalizer{T}"/>. The page fetches them all at once and switches without
/// asking again.
/// </summary>
public sealed class PlaygroundPageText(IStringLocalizer<PlaygroundPageText> localizer)
{
    /// <summary>The page's languages; the first is what anyone else reads.</summary>
    public static readonly IReadOnlyList<CultureInfo> Languages = [CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("zh-CN")];

    /// <summary>Every sentence of the page, by language name (<c>en-US</c>, <c>zh-CN</c>) and key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All()
    {
        // The localizer reads the UI culture and nothing else; it is set only around these reads and put back,
        // so nothing else in the request reads the page's language.
        var before = CultureInfo.CurrentUICulture;
        try
        {
            var all = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var language in Languages)
            {
                CultureInfo.CurrentUICulture = language;
                all[language.Name] = localizer.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
            }

            return all;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
