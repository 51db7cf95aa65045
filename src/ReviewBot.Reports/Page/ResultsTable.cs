using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Values;

namespace ReviewBot.Reports.Page;

/// <summary>Step two per key result: actual of target, difference, attainment, score, trend, pace while under way, confidence.</summary>
internal static class ResultsTable
{
    public static void Write(Html html, QuarterReview review, CultureInfo culture, ReportPageLinks links)
    {
        var underWay = review.Stage == ReviewStage.SoFar;
        html.Raw("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"results-caption\"><table class=\"results\">")
            .Raw("<caption id=\"results-caption\">Key results</caption><thead><tr>")
            .Raw("<th scope=\"col\">Key result</th><th scope=\"col\">Owner</th><th scope=\"col\">Market</th>")
            .Raw("<th scope=\"col\" class=\"num\">Actual of target</th><th scope=\"col\" class=\"num\">Difference</th><th scope=\"col\" class=\"num\">Attainment</th>")
            .Raw("<th scope=\"col\">Score</th><th scope=\"col\">Trend</th>")
            .Raw(underWay ? "<th scope=\"col\">Pace</th>" : "")
            .Raw("<th scope=\"col\">Confidence</th></tr></thead><tbody>");

        for (var i = 0; i < review.KeyResults.Count; i++)
        {
            var result = review.KeyResults[i];
            var kr = result.KeyResult;
            var score = result.Score;
            var milestone = kr.Unit is MilestoneUnit;
            html.Raw("<tr>").Raw("<th scope=\"row\">").Text(kr.Title).Raw("</th>")
                .Element("td", result.Owner?.Name ?? ReportWords.Team)
                .Element("td", result.Market)
                .Element("td", ActualOfTarget(result, culture), "num")
                // Without check-ins there is no actual: a difference or attainment from the start value would be made up.
                .Element("td", milestone || !result.HasCheckIns ? ReportWords.None : QuarterReviewReport.Difference(result, culture), "num")
                .Element("td", score.Attainment is { } attainment && !milestone && result.HasCheckIns ? ValueFormatter.FormatRatio(attainment, culture) : ReportWords.None, "num")
                .Raw("<td>");
            ScoreChip.Write(html, score.Score, culture).Raw("</td><td>");
            html.Raw("<img class=\"trend\"").Attribute("src", links.KeyResultChart(i + 1)).Attribute("alt", TrendText(result, culture)).Raw("></td>");
            if (underWay)
            {
                html.Element("td", Pace(result, culture));
            }

            html.Element("td", result.LatestConfidence is { } confidence ? ConfidenceText.Label(confidence, culture) : ReportWords.None).Raw("</tr>");
        }

        html.Raw("</tbody></table></div>");
    }

    private static string ActualOfTarget(KeyResultResult result, CultureInfo culture)
    {
        var kr = result.KeyResult;
        if (kr.Unit is MilestoneUnit)
        {
            return result.HasCheckIns ? ValueFormatter.Format(result.Score.Actual, kr.Unit, culture) : ReportWords.NoCheckIns;
        }

        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        return result.HasCheckIns
            ? $"{ValueFormatter.Format(result.Score.Actual, kr.Unit, culture)} of {target}"
            : $"{ReportWords.NoCheckIns} (target {target})";
    }

    private static string Pace(KeyResultResult result, CultureInfo culture) => result.Pace is { } pace
        ? $"{ValueFormatter.Format(pace, result.KeyResult.Unit, culture)} by now, {(result.AheadOfPace == true ? "ahead" : "behind")}"
        : ReportWords.None;

    /// <summary>What the small chart shows, for those who cannot see it: how many check-ins and where they went.</summary>
    private static string TrendText(KeyResultResult result, CultureInfo culture)
    {
        var kr = result.KeyResult;
        if (!result.HasCheckIns)
        {
            return $"Trend of {kr.Title}: no check-ins yet";
        }

        var first = result.Weekly[0];
        var last = result.Weekly[^1];
        return $"Trend of {kr.Title}: {result.Weekly.Count} weekly check-ins, from {ValueFormatter.Format(first.Value, kr.Unit, culture)} in week {first.Week} to {ValueFormatter.Format(last.Value, kr.Unit, culture)} in week {last.Week}";
    }
}
