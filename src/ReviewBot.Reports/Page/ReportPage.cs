using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Values;

namespace ReviewBot.Reports.Page;

/// <summary>
/// The quarter review as one HTML page in the four steps of the review method, with its charts, roll-ups
/// and participation, numbers written in one culture. It needs no script and no inline style, so the page
/// can be served under a strict content security policy, and it prints on A4.
/// </summary>
public static class ReportPage
{
    public static string Render(QuarterReview review, CultureInfo culture, ReportPageLinks links)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(links);
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html").Attribute("lang", culture.Name.Length > 0 ? culture.Name : "en").Raw(">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Raw("<title>").Text(ReportWords.Title(review)).Raw("</title>\n<link rel=\"stylesheet\"").Attribute("href", links.Stylesheet).Raw(">\n")
            .Raw("<link rel=\"icon\" type=\"image/svg+xml\"").Attribute("href", links.Icon).Raw(">\n</head>\n<body>\n");
        Header(html, review, culture, links);
        html.Raw("<main>\n");
        GoalsSection.Write(html, review, culture);
        html.Raw("\n<section aria-labelledby=\"results\"><h2 id=\"results\">2. Results against goals</h2>");
        Charts(html, review, links);
        ResultsTable.Write(html, review, culture, links);
        RollupsTable.Write(html, review, culture);
        RollupsTable.WriteMethod(html, review, culture);
        ParticipationTable.Write(html, review, culture);
        html.Raw("</section>\n");
        WordsSections.WriteCauses(html, review);
        html.Raw("\n");
        WordsSections.WriteLessons(html, review);
        html.Raw("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(Html html, QuarterReview review, CultureInfo culture, ReportPageLinks links)
    {
        html.Raw("<header>\n<h1>").Text(ReportWords.Headline(review)).Raw("</h1>\n<p class=\"stage\">").Text(ReportWords.Stage(review)).Raw("</p>\n");
        var total = review.Total.Current;
        html.Raw("<p class=\"headline\"><span class=\"label\">").Text(review.Person is null ? "Team score" : "Score").Raw("</span> ");
        ScoreChip.Write(html, total.Score, culture);
        if (total.Money is { } money)
        {
            var unit = KeyResultUnit.Currency(money.Currency);
            html.Text($" · {ValueFormatter.Format(money.Actual, unit, culture)} of {ValueFormatter.Format(money.Target, unit, culture)}");
            if (money.Attainment is { } attainment)
            {
                html.Text($" ({ValueFormatter.FormatRatio(attainment, culture)})");
            }
        }

        html.Raw("</p>\n<nav class=\"downloads\" aria-label=\"Downloads\"><a").Attribute("href", links.Csv).Raw(" download>Download CSV</a> <a")
            .Attribute("href", links.Xlsx).Raw(" download>Download Excel</a></nav>\n</header>\n");
    }

    private static void Charts(Html html, QuarterReview review, ReportPageLinks links)
    {
        html.Raw("<div class=\"charts\"><figure><img class=\"chart\"").Attribute("src", links.AttainmentChart)
            .Attribute("alt", "Attainment per key result against 100% of target, bars coloured by score; the figures are in the table below.")
            .Raw("><figcaption>Attainment per key result</figcaption></figure>");
        if (review.Revenue is { } revenue)
        {
            html.Raw("<figure><img class=\"chart\"").Attribute("src", links.RevenueChart)
                .Attribute("alt", $"Revenue in {revenue.Currency} week by week against a straight line from start to target; the totals are in the roll-ups below.")
                .Raw("><figcaption>").Text($"Revenue in {revenue.Currency}, week by week, against pace").Raw("</figcaption></figure>");
        }

        html.Raw("</div>");
    }
}
