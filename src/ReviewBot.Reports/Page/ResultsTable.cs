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
            .Raw("<caption id=\"results-caption\">").Text(ReportPageText.KeyResultsCaption(culture)).Raw("</caption><thead><tr>")
            .Element("th", ReportPageText.ColumnKeyResult(culture), scope: "col")
            .Element("th", ReportPageText.ColumnOwner(culture), scope: "col")
            .Element("th", ReportPageText.ColumnMarket(culture), scope: "col")
            .Element("th", ReportPageText.ColumnActualOfTarget(culture), "num", scope: "col")
            .Element("th", ReportPageText.ColumnDifference(culture), "num", scope: "col")
            .Element("th", ReportPageText.ColumnAttainment(culture), "num", scope: "col")
            .Element("th", ReportPageText.Score(culture), scope: "col")
            .Element("th", ReportPageText.ColumnTrend(culture), scope: "col");
        if (underWay)
        {
            html.Element("th", ReportPageText.ColumnPace(culture), scope: "col");
        }

        html.Element("th", ReportPageText.ColumnConfidence(culture), scope: "col").Raw("</tr></thead><tbody>");

        for (var i = 0; i < review.KeyResults.Count; i++)
        {
            var result = review.KeyResults[i];
            var kr = result.KeyResult;
            var score = result.Score;
            var milestone = kr.Unit is MilestoneUnit;
            html.Raw("<tr>").Raw("<th scope=\"row\">").Text(kr.Title).Raw("</th>")
                .Element("td", result.Owner?.Name ?? ReportPageText.Team(culture))
                .Element("td", result.Market)
                .Element("td", ActualOfTarget(result, culture), "num")
                // Without check-ins there is no actual: a difference or attainment from the start value would be made up.
                .Element("td", milestone || !result.HasCheckIns ? ReportPageText.None : QuarterReviewReport.Difference(result, culture), "num")
                .Element("td", score.Attainment is { } attainment && !milestone && result.HasCheckIns ? ValueFormatter.FormatRatio(attainment, culture) : ReportPageText.None, "num")
                .Raw("<td>");
            ScoreChip.Write(html, score.Score, culture).Raw("</td><td>");
            html.Raw("<img class=\"trend\"").Attribute("src", links.KeyResultChart(i + 1)).Attribute("alt", TrendText(result, culture)).Raw("></td>");
            if (underWay)
            {
                html.Element("td", Pace(result, culture));
            }

            html.Element("td", result.LatestConfidence is { } confidence ? ConfidenceText.Label(confidence, culture) : ReportPageText.None).Raw("</tr>");
        }

        html.Raw("</tbody></table></div>");
    }

    private static string ActualOfTarget(KeyResultResult result, CultureInfo culture)
    {
        var kr = result.KeyResult;
        if (kr.Unit is MilestoneUnit)
        {
            return result.HasCheckIns ? ValueFormatter.Format(result.Score.Actual, kr.Unit, culture) : ReportPageText.NoCheckIns(culture);
        }

        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        return result.HasCheckIns
            ? ReportPageText.ValueOfTarget(culture, ValueFormatter.Format(result.Score.Actual, kr.Unit, culture), target)
            : ReportPageText.NoCheckInsWithTarget(culture, target);
    }

    private static string Pace(KeyResultResult result, CultureInfo culture)
    {
        if (result.Pace is not { } pace)
        {
            return ReportPageText.None;
        }

        var value = ValueFormatter.Format(pace, result.KeyResult.Unit, culture);
        return result.AheadOfPace == true ? ReportPageText.PaceAhead(culture, value) : ReportPageText.PaceBehind(culture, value);
    }

    /// <summary>What the small chart shows, for those who cannot see it: how many check-ins and where they went.</summary>
    private static string TrendText(KeyResultResult result, CultureInfo culture)
    {
        var kr = result.KeyResult;
        if (!result.HasCheckIns)
        {
            return ReportPageText.TrendWithoutCheckIns(culture, kr.Title);
        }

        var first = result.Weekly[0];
        var last = result.Weekly[^1];
        return ReportPageText.Trend(
            culture, kr.Title, result.Weekly.Count, ValueFormatter.Format(first.Value, kr.Unit, culture), first.Week, ValueFormatter.Format(last.Value, kr.Unit, culture), last.Week);
    }
}
