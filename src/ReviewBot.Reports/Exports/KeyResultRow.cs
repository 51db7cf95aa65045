using System.Globalization;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Reports.Exports;

/// <summary>One key result's figures as both exports write them.</summary>
/// <param name="Owner">The owner's name, or the team's when the team owns the key result.</param>
/// <param name="Actual">The latest value; null when nobody checked in, so a spreadsheet never reads the start as a result.</param>
/// <param name="Attainment">Actual against target as a ratio (1.049 is 104.9%); null where that ratio means nothing or there is no actual.</param>
internal sealed record KeyResultRow(
    string Objective,
    string KeyResult,
    string Owner,
    string Market,
    string Unit,
    decimal Start,
    decimal Target,
    decimal? Actual,
    decimal? Difference,
    decimal? Attainment,
    decimal Score,
    string Colour,
    string? LatestConfidence,
    string Direction,
    int CheckIns)
{
    public static IEnumerable<KeyResultRow> Of(QuarterReview review, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.KeyResults.Select(r => new KeyResultRow(
            r.Objective.Title,
            r.KeyResult.Title,
            r.Owner?.Name ?? review.Team.Name,
            r.Market,
            ExportValues.Unit(r.KeyResult.Unit, culture),
            r.KeyResult.Start,
            r.KeyResult.Target,
            r.HasCheckIns ? r.Score.Actual : null,
            r.HasCheckIns ? r.Score.Difference : null,
            r.HasCheckIns && r.Score.Attainment is { } attainment ? ExportValues.Ratio(attainment) : null,
            ExportValues.Ratio(r.Score.Score),
            ExportValues.Colour(r.Score.Color, culture),
            r.LatestConfidence is { } confidence ? ExportValues.Confidence(confidence, culture) : null,
            ExportValues.Direction(r.KeyResult.Direction, culture),
            r.Weekly.Count));
    }
}
