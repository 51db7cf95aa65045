using System.Globalization;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Reports.Page;

/// <summary>
/// A score as its number beside a coloured chip. The colour is never the only carrier: the number is
/// there, and screen readers hear the colour's name, which the eye gets from the chip.
/// </summary>
internal static class ScoreChip
{
    public static Html Write(Html html, decimal score, CultureInfo culture)
    {
        var color = KeyResultScore.ColorOf(score);
        return html
            .Raw($"<span class=\"score\"><span class=\"chip chip-{color.ToString().ToLowerInvariant()}\" aria-hidden=\"true\"></span>")
            .Text(score.ToString("0.00", culture))
            .Raw("<span class=\"visually-hidden\"> ").Text(ColourName(color, culture)).Raw("</span></span>");
    }

    public static string Of(decimal score, CultureInfo culture) => Write(new Html(), score, culture).ToString();

    private static string ColourName(ScoreColor color, CultureInfo culture) => color switch
    {
        ScoreColor.Green => ReportPageText.ChipGreen(culture),
        ScoreColor.Yellow => ReportPageText.ChipYellow(culture),
        _ => ReportPageText.ChipRed(culture),
    };
}
