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
    public static IEnumerable<CheckInRow> Of(QuarterReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.KeyResults.SelectMany(r => r.Weekly.Select(w => new CheckInRow(
            r.Objective.Title,
            r.KeyResult.Title,
            r.Owner?.Name ?? review.Team.Name,
            r.Market,
            ExportText.Unit(r.KeyResult.Unit),
            w.Week,
            w.Value,
            ExportText.Ratio(w.Score),
            ExportText.Colour(KeyResultScore.ColorOf(w.Score)),
            ExportText.Confidence(w.Confidence))));
    }
}
