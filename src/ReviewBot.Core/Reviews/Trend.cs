using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Reviews;

/// <summary>A key result's weekly progress drawn as a small bar chart in text: ▁▃▅▇.</summary>
public static class Trend
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    public static string Sparkline(KeyResultStanding standing, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Weekly.Count == 0)
        {
            return QuarterReviewText.NoCheckIns(culture);
        }

        return new string([.. standing.Weekly.Select(c =>
        {
            var score = KeyResultScore.Of(standing.KeyResult, c.Value).Score;
            return Bars[(int)Math.Round(score * (Bars.Length - 1), MidpointRounding.AwayFromZero)];
        })]);
    }

    /// <summary>The same line for a key result of the review model; the text fallback where no chart can go.</summary>
    public static string Sparkline(KeyResultResult result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.HasCheckIns
            ? new string([.. result.Weekly.Select(w => Bars[(int)Math.Round(w.Score * (Bars.Length - 1), MidpointRounding.AwayFromZero)])])
            : QuarterReviewText.NoCheckIns(culture);
    }
}
