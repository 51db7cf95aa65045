using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Reports.Exports;

/// <summary>The value that counted for one key result in one week, as both exports write it.</summary>
/// <param name="Score">The key result's score at that value, and <paramref name="Colour"/> its colour.</param>
internal sealed record CheckInRow(
    string Objective,
    string KeyResult,
    string Owner,
    string Market,
    string Unit,
    int Week,
    decimal Value,
    decimal Score,
    string Colour,
    string Confidence)
{
    public static IEnumerable<CheckInRow> Of(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.KeyResults.SelectMany(r => r.Weekly.Select(w => new CheckInRow(
            r.Objective.Title,
            r.KeyResult.Title,
            r.Owner?.Name ?? review.Team.Name,
            r.Market,
            ExportValues.Unit(r.KeyResult.Unit, culture),
            w.Week,
            w.Value,
            ExportValues.Ratio(w.Score),
            ExportValues.Colour(KeyResultScore.ColorOf(w.Score), culture),
            ExportValues.Confidence(w.Confidence, culture))));
    }
}
