using ScottPlot;
using SkiaSharp;

namespace ReviewBot.Reports.Charts;

/// <summary>
/// The one font every chart label is drawn in. Key-result titles and names are often Chinese or Japanese,
/// and ScottPlot's default (the system sans, DejaVu on Debian) has no CJK glyphs, so they would come out as
/// empty boxes. Noto Sans CJK (Debian's fonts-noto-cjk) covers Latin and CJK alike; without it the charts
/// fall back to the default sans font.
/// </summary>
internal static class ChartFont
{
    /// <summary>Preferred first: Simplified Chinese shapes suit most of the teams; the others hold the same glyph set.</summary>
    private static readonly string[] CjkFamilies =
    [
        "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK TC", "Noto Sans CJK KR", "Noto Sans CJK HK",
        "Source Han Sans SC", "Source Han Sans", "WenQuanYi Zen Hei", "Droid Sans Fallback",
    ];

    /// <summary>A character every CJK font has; used to ask the font manager when no preferred family is installed.</summary>
    private const char CjkProbe = '销';

    private static readonly Lazy<string> Chosen = new(Choose, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The family name ScottPlot is told to use.</summary>
    public static string FamilyName => Chosen.Value;

    /// <summary>Whether the chosen font draws Chinese and Japanese text.</summary>
    public static bool HasCjk => Fonts.GetTypeface(FamilyName, bold: false, italic: false).ContainsGlyph(CjkProbe);

    /// <summary>
    /// A new plot whose every label uses <see cref="FamilyName"/>. ScottPlot's label styles take their font
    /// from the static <see cref="Fonts.Default"/> when they are created, so it is set once, before the first
    /// plot, to the same value every time; the axes are set again explicitly so no label depends on that order.
    /// </summary>
    public static Plot NewPlot()
    {
        var family = FamilyName;
        var plot = new Plot();
        plot.Axes.Title.Label.FontName = family;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = family;
            axis.TickLabelStyle.FontName = family;
        }

        plot.Legend.FontName = family;
        return plot;
    }

    private static string Choose()
    {
        var installed = new HashSet<string>(SKFontManager.Default.FontFamilies, StringComparer.OrdinalIgnoreCase);
        var family = CjkFamilies.FirstOrDefault(installed.Contains) ?? MatchCjk() ?? SKTypeface.Default.FamilyName;
        Fonts.Default = family;
        return family;
    }

    private static string? MatchCjk()
    {
        using var typeface = SKFontManager.Default.MatchCharacter(CjkProbe);
        return typeface?.FamilyName;
    }
}
