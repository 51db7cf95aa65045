using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Values;

namespace ReviewBot.Reports.Page;

/// <summary>
/// The quarter review as one HTML page in the four steps of the review method, with its charts, roll-ups
/// and participation, its words and numbers in the one culture of its link. It needs no script and no
/// inline style, so the page can be served under a strict content security policy, and it prints on A4.
/// </summary>
public static class ReportPage
{
    public static string Render(QuarterReview review, CultureInfo culture, ReportPageLinks links)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(links);
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html").Attribute("lang", ReportStage.Language(culture)).Raw(">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Raw("<title>").Text(ReportStage.Title(review, culture)).Raw("</title>\n<link rel=\"stylesheet\"").Attribute("href", links.Stylesheet).Raw(">\n")
            .Raw("<link rel=\"icon\" type=\"image/svg+xml\"").Attribute("href", links.Icon).Raw(">\n</head>\n<body>\n");
        Header(html, review, culture, links);
        html.Raw("<main>\n");
        GoalsSection.Write(html, review, culture);
        html.Raw("\n<section aria-labelledby=\"results\"><h2 id=\"results\">").Text(ReportPageText.ResultsHeading(culture)).Raw("</h2>");
        Charts(html, review, culture, links);
        ResultsTable.Write(html, review, culture, links);
        RollupsTable.Write(html, review, culture);
        RollupsTable.WriteMethod(html, review, culture);
        ParticipationTable.Write(html, review, culture);
        html.Raw("</section>\n");
        WordsSections.WriteCauses(html, review, culture);
        html.Raw("\n");
        WordsSections.WriteLessons(html, review, culture);
        html.Raw("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(Html html, QuarterReview review, CultureInfo culture, ReportPageLinks links)
    {
        html.Raw("<header>\n<h1>").Text(ReportStage.Headline(review, culture)).Raw("</h1>\n<p class=\"stage\">").Text(ReportStage.Stage(review, culture)).Raw("</p>\n");
        var total = review.Total.Current;
        html.Raw("<p class=\"headline\"><span class=\"label\">").Text(review.Person is null ? ReportPageText.TeamScore(culture) : ReportPageText.Score(culture)).Raw("</span> ");
        ScoreChip.Write(html, total.Score, culture);
        if (total.Money is { } money)
        {
            var unit = KeyResultUnit.Currency(money.Currency);
            var actual = ValueFormatter.Format(money.Actual, unit, culture);
            var target = ValueFormatter.Format(money.Target, unit, culture);
            html.Text(" · ").Text(money.Attainment is { } attainment
                ? ReportPageText.ValueOfTargetWithAttainment(culture, actual, target, ValueFormatter.FormatRatio(attainment, culture))
                : ReportPageText.ValueOfTarget(culture, actual, target));
        }

        html.Raw("</p>\n<nav class=\"downloads\"").Attribute("aria-label", ReportPageText.Downloads(culture)).Raw("><a").Attribute("href", links.Csv).Raw(" download>")
            .Text(ReportPageText.DownloadCsv(culture)).Raw("</a> <a").Attribute("href", links.Xlsx).Raw(" download>")
            .Text(ReportPageText.DownloadExcel(culture)).Raw("</a></nav>\n</header>\n");
    }

    private static void Charts(Html html, QuarterReview review, CultureInfo culture, ReportPageLinks links)
    {
        html.Raw("<div class=\"charts\"><figure><img class=\"chart\"").Attribute("src", links.AttainmentChart)
            .Attribute("alt", ReportPageText.AttainmentChartAlt(culture))
            .Raw("><figcaption>").Text(ReportPageText.AttainmentChartCaption(culture)).Raw("</figcaption></figure>");
        if (review.Revenue is { } revenue)
        {
            html.Raw("<figure><img class=\"chart\"").Attribute("src", links.RevenueChart)
                .Attribute("alt", ReportPageText.RevenueChartAlt(culture, revenue.Currency))
                .Raw("><figcaption>").Text(ReportPageText.RevenueChartCaption(culture, revenue.Currency)).Raw("</figcaption></figure>");
        }

        html.Raw("</div>");
    }
}
