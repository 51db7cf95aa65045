using ReviewBot.Core.Scoring;
using ScottPlot;

namespace ReviewBot.Reports.Charts;

/// <summary>
/// The charts' palette. Score colours are muted rather than pure traffic-light tones, dark enough for a
/// white value label beside them and apart in lightness as well as hue, so they still read for
/// colour-blind readers and in greyscale.
/// </summary>
internal static class ChartColors
{
    public static readonly Color Green = Color.FromHex("#2E8B57");
    public static readonly Color Yellow = Color.FromHex("#E0A526");
    public static readonly Color Red = Color.FromHex("#C8453B");

    /// <summary>A key result nobody has checked in on: a pale track with grey stripes.</summary>
    public static readonly Color NoCheckIns = Color.FromHex("#E4E7EB");
    public static readonly Color NoCheckInsHatch = Color.FromHex("#A3ABB5");

    public static readonly Color Ink = Color.FromHex("#2B2F33");
    public static readonly Color Muted = Color.FromHex("#6B7480");
    public static readonly Color Grid = Color.FromHex("#E9ECEF");
    public static readonly Color Actual = Color.FromHex("#2F6DB5");
    public static readonly Color Pace = Color.FromHex("#8C96A0");

    public static Color Of(ScoreColor color) => color switch
    {
        ScoreColor.Green => Green,
        ScoreColor.Yellow => Yellow,
        _ => Red,
    };
}
