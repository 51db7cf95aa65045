using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Values;

namespace ReviewBot.Reports.Page;

/// <summary>Step one: each objective and key result with its owner, market, target and the reason the target was set.</summary>
internal static class GoalsSection
{
    public static void Write(Html html, QuarterReview review, CultureInfo culture)
    {
        html.Raw("<section aria-labelledby=\"goals\"><h2 id=\"goals\">1. Goals and their basis</h2>");
        foreach (var objective in review.KeyResults.GroupBy(r => r.Objective.Id).Select(g => g.ToList()))
        {
            var first = objective[0].Objective;
            html.Raw("<div class=\"objective\">").Element("h3", first.Title);
            if (!string.IsNullOrWhiteSpace(first.Basis))
            {
                html.Raw("<p class=\"basis\"><span class=\"label\">Basis:</span> ").Text(first.Basis).Raw("</p>");
            }

            html.Raw("<ul class=\"key-results\">");
            foreach (var result in objective)
            {
                var kr = result.KeyResult;
                html.Raw("<li><span class=\"kr-title\">").Text(kr.Title).Raw("</span> · ")
                    .Text($"{result.Owner?.Name ?? ReportWords.Team}, {result.Market}, ")
                    .Text(kr.Unit is Core.Okrs.MilestoneUnit
                        ? "a milestone"
                        : $"from {ValueFormatter.Format(kr.Start, kr.Unit, culture)} to {ValueFormatter.Format(kr.Target, kr.Unit, culture)}");
                if (!string.IsNullOrWhiteSpace(kr.Basis))
                {
                    html.Raw(". <span class=\"basis\">").Text(kr.Basis).Raw("</span>");
                }

                html.Raw("</li>");
            }

            html.Raw("</ul></div>");
        }

        if (review.KeyResults.Count == 0)
        {
            html.Element("p", $"{review.ScopeName} has no key results in {review.Quarter}.");
        }

        html.Raw("</section>");
    }
}
