using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Reports.Exports;

/// <summary>How the exports write units, colours, confidence, direction, roll-up kinds and ratios: short, lower case, the same in every file of one language.</summary>
internal static class ExportValues
{
    /// <summary>The unit column: the currency code, the count's name, "%" or "milestone", so numeric columns stay plain numbers.</summary>
    public static string Unit(KeyResultUnit unit, CultureInfo culture) => unit switch
    {
        CurrencyUnit currency => currency.IsoCode,
        CountUnit count => count.Name,
        PercentageUnit => "%",
        _ => ExportText.UnitMilestone(culture),
    };

    public static string Colour(ScoreColor color, CultureInfo culture) => color switch
    {
        ScoreColor.Green => ExportText.ColourGreen(culture),
        ScoreColor.Yellow => ExportText.ColourYellow(culture),
        _ => ExportText.ColourRed(culture),
    };

    public static string Confidence(Confidence confidence, CultureInfo culture) => confidence switch
    {
        Core.CheckIns.Confidence.OnTrack => ExportText.ConfidenceOnTrack(culture),
        Core.CheckIns.Confidence.AtRisk => ExportText.ConfidenceAtRisk(culture),
        _ => ExportText.ConfidenceOffTrack(culture),
    };

    public static string Direction(Direction direction, CultureInfo culture) =>
        direction == Core.Okrs.Direction.Increase ? ExportText.DirectionUp(culture) : ExportText.DirectionDown(culture);

    public static string Kind(RollupKind kind, CultureInfo culture) => kind switch
    {
        RollupKind.Objective => ExportText.KindObjective(culture),
        RollupKind.Person => ExportText.KindPerson(culture),
        RollupKind.Market => ExportText.KindMarket(culture),
        RollupKind.PersonInMarket => ExportText.KindPersonInMarket(culture),
        _ => ExportText.KindTeam(culture),
    };

    /// <summary>
    /// Ratios to four places: 104.90% reads exactly, and twenty-eight digits of a division do not. Cut towards
    /// zero, so a score of 0.69996 (yellow) never prints as 0.7000, which would read green.
    /// </summary>
    public static decimal Ratio(decimal ratio) => Math.Round(ratio, 4, MidpointRounding.ToZero);
}
