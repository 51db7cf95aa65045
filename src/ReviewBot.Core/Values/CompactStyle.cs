using System.Globalization;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>
/// How a culture shortens big numbers: "3.4M", "3,4 Mio.", "3,4 M", "7,2 mi", "340万", "7,500万", "1.5億", "34 L".
/// Every word used here is one <see cref="Multipliers"/> reads back.
/// </summary>
internal sealed class CompactStyle
{
    private static readonly CompactStyle English = new([(1e9m, "bn"), (1e6m, "M"), (1e3m, "k")], wordAfterSpace: false);
    private static readonly CompactStyle German = new([(1e9m, "Mrd."), (1e6m, "Mio."), (1e3m, "Tsd.")], wordAfterSpace: true);
    private static readonly CompactStyle French = new([(1e9m, "Md"), (1e6m, "M"), (1e3m, "k")], wordAfterSpace: true);
    private static readonly CompactStyle Portuguese = new([(1e9m, "bi"), (1e6m, "mi"), (1e3m, "mil")], wordAfterSpace: true);
    // Chinese groups thousands even before 万 ("US$7,500万"), as Chinese financial writing does.
    private static readonly CompactStyle Chinese = new([(1e8m, "亿"), (1e4m, "万")], wordAfterSpace: false, alwaysGrouped: true);
    private static readonly CompactStyle Japanese = new([(1e8m, "億"), (1e4m, "万")], wordAfterSpace: false);
    private static readonly CompactStyle Indian = new([(1e7m, "Cr"), (1e5m, "L")], wordAfterSpace: true);

    private readonly (decimal Size, string Word)[] scales;
    private readonly bool wordAfterSpace;
    private readonly bool alwaysGrouped;

    private CompactStyle((decimal Size, string Word)[] scales, bool wordAfterSpace, bool alwaysGrouped = false)
    {
        this.scales = scales;
        this.wordAfterSpace = wordAfterSpace;
        this.alwaysGrouped = alwaysGrouped;
    }

    /// <summary>
    /// Lakh and crore only for rupees: Indian teams quote foreign revenue in millions, like the
    /// business press does. 万 and 亿 (億 in Japanese) are how Chinese and Japanese readers count any money.
    /// </summary>
    public static CompactStyle For(KeyResultUnit unit, CultureInfo culture)
    {
        var isRupees = unit is CurrencyUnit { IsoCode: "INR" };
        if (isRupees && culture.Name.EndsWith("-IN", StringComparison.Ordinal))
        {
            return Indian;
        }

        return culture.TwoLetterISOLanguageName switch
        {
            "de" => German,
            "fr" => French,
            "pt" => Portuguese,
            "zh" => Chinese,
            "ja" => Japanese,
            _ => English,
        };
    }

    /// <summary>Shortens a non-negative amount, choosing the largest scale that still shows at least 1.</summary>
    public string Format(decimal amount, CultureInfo culture)
    {
        foreach (var (size, word) in scales)
        {
            // Rounding first means 999,999 becomes "1M" rather than "1000k".
            var scaled = NumberText.RoundForDisplay(amount / size);
            if (scaled >= 1m)
            {
                var number = Number(scaled, culture);
                return wordAfterSpace ? number + " " + word : number + word;
            }
        }

        return Number(amount, culture);
    }

    // Elsewhere short numbers stay ungrouped ("7500万円", "1500bn"): grouping four digits adds noise, not clarity.
    private string Number(decimal value, CultureInfo culture) =>
        alwaysGrouped || value >= 10_000m ? NumberText.Grouped(value, culture) : NumberText.Ungrouped(value, culture);
}
