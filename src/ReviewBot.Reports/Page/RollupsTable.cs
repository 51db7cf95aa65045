using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Values;

namespace ReviewBot.Reports.Page;

/// <summary>The roll-ups per objective, person, market and for the team, money in the reporting currency, last quarter beside this one.</summary>
internal static class RollupsTable
{
    public static void Write(Html html, QuarterReview review, CultureInfo culture)
    {
        var currency = review.Team.ReportingCurrency;
        var previous = review.Previous;
        html.Raw("<h3 id=\"rollups\">Roll-ups</h3>")
            .Raw("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"rollups\"><table class=\"rollups\"><caption>")
            .Text($"Score and money in {currency} at {review.Quarter} rates{(previous is { } p ? $", with {p} beside it" : "")}")
            .Raw("</caption><thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Kind</th><th scope=\"col\">Score</th>")
            .Raw("<th scope=\"col\" class=\"num\">Actual</th><th scope=\"col\" class=\"num\">Target</th><th scope=\"col\" class=\"num\">Difference</th>");
        if (previous is { } last)
        {
            html.Raw("<th scope=\"col\">").Text($"{last} score").Raw("</th><th scope=\"col\" class=\"num\">").Text($"{last} actual").Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var line in review.Rollups)
        {
            var label = line.Kind == RollupKind.PersonInMarket && line.Market is { } market ? $"{line.Label} ({market})" : line.Label;
            html.Raw(line.Kind == RollupKind.Team ? "<tr class=\"total\">" : "<tr>")
                .Raw("<th scope=\"row\">").Text(label).Raw("</th>")
                .Element("td", ReportWords.Kind(line.Kind))
                .Raw("<td>");
            ScoreChip.Write(html, line.Current.Score, culture).Raw("</td>");
            var money = line.Current.Money;
            html.Element("td", Money(money?.Actual, currency, culture), "num")
                .Element("td", Money(money?.Target, currency, culture), "num")
                .Element("td", money is null ? ReportWords.None : ValueFormatter.FormatDifference(money.Difference, KeyResultUnit.Currency(currency), culture), "num");
            if (previous is not null)
            {
                html.Raw("<td>");
                if (line.Previous is { } before)
                {
                    ScoreChip.Write(html, before.Score, culture);
                }
                else
                {
                    html.Text(ReportWords.None);
                }

                html.Raw("</td>").Element("td", Money(line.Previous?.Money?.Actual, line.Previous?.Money?.Currency ?? currency, culture), "num");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table></div>");
        if (QuarterReviewReport.MissingRateReason(review, culture) is { } missing)
        {
            html.Raw("<p class=\"note\">").Text($"Money totals are left out: {missing}").Raw("</p>");
        }
    }

    private static string Money(decimal? amount, string currency, CultureInfo culture) =>
        amount is { } value ? ValueFormatter.Format(value, KeyResultUnit.Currency(currency), culture) : ReportWords.None;

    /// <summary>How the team's score and money are formed, in one line under the table.</summary>
    public static void WriteMethod(Html html, QuarterReview review, CultureInfo culture)
    {
        html.Raw("<p class=\"method\">").Text(
            $"How the team score is formed: each key result scores its progress from start to target, from 0.00 to 1.00 "
            + $"(green from {KeyResultScore.GreenFrom.ToString("0.00", culture)}, yellow from {KeyResultScore.YellowFrom.ToString("0.00", culture)}, red below); "
            + $"a group's score is the mean of its key results' scores weighted by each key result's weight. "
            + $"Money is summed in {review.Team.ReportingCurrency} at {review.Quarter}'s exchange rates, only for money key results that must go up.")
            .Raw("</p>");
    }
}
