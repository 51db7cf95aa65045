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
        html.Raw("<h3 id=\"rollups\">").Text(ReportPageText.RollupsHeading(culture)).Raw("</h3>")
            .Raw("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"rollups\"><table class=\"rollups\"><caption>")
            .Text(previous is { } p
                ? ReportPageText.RollupsCaptionWithPrevious(culture, currency, review.Quarter.Id, p.Id)
                : ReportPageText.RollupsCaption(culture, currency, review.Quarter.Id))
            .Raw("</caption><thead><tr>")
            .Element("th", ReportPageText.ColumnGroup(culture), scope: "col")
            .Element("th", ReportPageText.ColumnKind(culture), scope: "col")
            .Element("th", ReportPageText.Score(culture), scope: "col")
            .Element("th", ReportPageText.ColumnActual(culture), "num", scope: "col")
            .Element("th", ReportPageText.ColumnTarget(culture), "num", scope: "col")
            .Element("th", ReportPageText.ColumnDifference(culture), "num", scope: "col");
        if (previous is { } last)
        {
            html.Element("th", ReportPageText.ColumnPreviousScore(culture, last.Id), scope: "col")
                .Element("th", ReportPageText.ColumnPreviousActual(culture, last.Id), "num", scope: "col");
        }

        html.Raw("</tr></thead><tbody>");
        foreach (var line in review.Rollups)
        {
            var label = line.Kind == RollupKind.PersonInMarket && line.Market is { } market ? ReportPageText.PersonInMarket(culture, line.Label, market) : line.Label;
            html.Raw(line.Kind == RollupKind.Team ? "<tr class=\"total\">" : "<tr>")
                .Raw("<th scope=\"row\">").Text(label).Raw("</th>")
                .Element("td", Kind(line.Kind, culture))
                .Raw("<td>");
            ScoreChip.Write(html, line.Current.Score, culture).Raw("</td>");
            var money = line.Current.Money;
            html.Element("td", Money(money?.Actual, currency, culture), "num")
                .Element("td", Money(money?.Target, currency, culture), "num")
                .Element("td", money is null ? ReportPageText.None : ValueFormatter.FormatDifference(money.Difference, KeyResultUnit.Currency(currency), culture), "num");
            if (previous is not null)
            {
                html.Raw("<td>");
                if (line.Previous is { } before)
                {
                    ScoreChip.Write(html, before.Score, culture);
                }
                else
                {
                    html.Text(ReportPageText.None);
                }

                html.Raw("</td>").Element("td", Money(line.Previous?.Money?.Actual, line.Previous?.Money?.Currency ?? currency, culture), "num");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table></div>");
        if (QuarterReviewReport.MissingRateReason(review, culture) is { } missing)
        {
            html.Raw("<p class=\"note\">").Text(ReportPageText.MoneyLeftOut(culture, missing)).Raw("</p>");
        }
    }

    private static string Money(decimal? amount, string currency, CultureInfo culture) =>
        amount is { } value ? ValueFormatter.Format(value, KeyResultUnit.Currency(currency), culture) : ReportPageText.None;

    /// <summary>How the team's score and money are formed, in one line under the table.</summary>
    public static void WriteMethod(Html html, QuarterReview review, CultureInfo culture)
    {
        html.Raw("<p class=\"method\">").Text(ReportPageText.Method(
                culture,
                KeyResultScore.GreenFrom.ToString("0.00", culture),
                KeyResultScore.YellowFrom.ToString("0.00", culture),
                review.Team.ReportingCurrency,
                review.Quarter.Id))
            .Raw("</p>");
    }

    private static string Kind(RollupKind kind, CultureInfo culture) => kind switch
    {
        RollupKind.Objective => ReportPageText.KindObjective(culture),
        RollupKind.Person => ReportPageText.KindPerson(culture),
        RollupKind.Market => ReportPageText.KindMarket(culture),
        RollupKind.PersonInMarket => ReportPageText.KindPersonInMarket(culture),
        _ => ReportPageText.Team(culture),
    };
}
