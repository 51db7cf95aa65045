using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Reports.Exports;

/// <summary>The words the exports use for units, colours, confidence and direction: short, lower case, the same in every file.</summary>
internal static class ExportText
{
    /// <summary>The unit column: the currency code, the count's name, "%" or "milestone", so numeric columns stay plain numbers.</summary>
    public static string Unit(KeyResultUnit unit) => unit switch
    {
        CurrencyUnit currency => currency.IsoCode,
        CountUnit count => count.Name,
        PercentageUnit => "%",
        _ => "milestone",
    };

    public static string Colour(ScoreColor color) => color switch
    {
        ScoreColor.Green => "green",
        ScoreColor.Yellow => "yellow",
        _ => "red",
    };

    public static string Confidence(Confidence confidence) => confidence switch
    {
        Core.CheckIns.Confidence.OnTrack => "on track",
        Core.CheckIns.Confidence.AtRisk => "at risk",
        _ => "off track",
    };

    public static string Direction(Direction direction) => direction == Core.Okrs.Direction.Increase ? "up" : "down";

    /// <summary>
    /// Ratios to four places: 104.90% reads exactly, and twenty-eight digits of a division do not. Cut towards
    /// zero, so a score of 0.69996 (yellow) never prints as 0.7000, which would read green.
    /// </summary>
    public static decimal Ratio(decimal ratio) => Math.Round(ratio, 4, MidpointRounding.ToZero);
}
