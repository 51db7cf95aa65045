using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Values;

namespace ReviewBot.Reports.Page;

/// <summary>Step one: each objective and key result with its owner, market, target and the reason the target was set.</summary>
internal static class GoalsSection
{
    public static void Write(Html html, QuarterReview review, CultureInfo culture)
    {
        html.Raw("<section aria-labelledby=\"goals\"><h2 id=\"goals\">").Text(ReportPageText.GoalsHeading(culture)).Raw("</h2>");
        foreach (var objective in review.KeyResults.GroupBy(r => r.Objective.Id).Select(g => g.ToList()))
        {
            var first = objective[0].Objective;
            html.Raw("<div class=\"objective\">").Element("h3", first.Title);
            if (!string.IsNullOrWhiteSpace(first.Basis))
            {
                html.Raw("<p class=\"basis\"><span class=\"label\">").Text(ReportPageText.Basis(culture)).Raw("</span> ").Text(first.Basis).Raw("</p>");
            }

            html.Raw("<ul class=\"key-results\">");
            foreach (var result in objective)
            {
                html.Raw("<li><span class=\"kr-title\">").Text(result.KeyResult.Title).Raw("</span> · ");
                if (string.IsNullOrWhiteSpace(result.KeyResult.Basis))
                {
                    html.Text(Line(result, culture, basis: null));
                }
                else
                {
                    html.TextWithSpan(Line(result, culture, Html.SpanMarker), result.KeyResult.Basis, "basis");
                }

                html.Raw("</li>");
            }

            html.Raw("</ul></div>");
        }

        if (review.KeyResults.Count == 0)
        {
            html.Element("p", ReportPageText.NoKeyResults(culture, review.ScopeName, review.Quarter.Id));
        }

        html.Raw("</section>");
    }

    /// <summary>Who owns the key result, where, and from what to what; with the basis's place when it has one.</summary>
    private static string Line(KeyResultResult result, CultureInfo culture, string? basis)
    {
        var kr = result.KeyResult;
        var owner = result.Owner?.Name ?? ReportPageText.Team(culture);
        if (kr.Unit is MilestoneUnit)
        {
            return basis is null
                ? ReportPageText.GoalMilestone(culture, owner, result.Market)
                : ReportPageText.GoalMilestoneWithBasis(culture, owner, result.Market, basis);
        }

        var start = ValueFormatter.Format(kr.Start, kr.Unit, culture);
        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        return basis is null
            ? ReportPageText.GoalRange(culture, owner, result.Market, start, target)
            : ReportPageText.GoalRangeWithBasis(culture, owner, result.Market, start, target, basis);
    }
}
