using System.Globalization;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Reports.Page;

/// <summary>Steps three and four: the owners' own words on causes and lessons, and the blockers raised most often.</summary>
internal static class WordsSections
{
    public static void WriteCauses(Html html, QuarterReview review, CultureInfo culture)
    {
        html.Raw("<section aria-labelledby=\"causes\"><h2 id=\"causes\">").Text(ReportPageText.CausesHeading(culture)).Raw("</h2>");
        if (review.Causes.Count > 0)
        {
            List(html, review.Causes, culture);
        }
        else
        {
            html.Element("p", review.IsFinal ? ReportPageText.CausesNotGiven(culture) : ReportPageText.CausesLater(culture));
            if (!review.IsFinal && review.AtRiskComments.Count > 0)
            {
                html.Element("h3", ReportPageText.AtRiskCommentsHeading(culture));
                List(html, review.AtRiskComments, culture);
            }
        }

        if (review.Blockers.Count > 0)
        {
            html.Element("h3", ReportPageText.BlockersHeading(culture));
            html.Raw("<ul class=\"blockers\">");
            foreach (var blocker in review.Blockers)
            {
                html.Element("li", blocker.Weeks == 1
                    ? ReportPageText.BlockerOneWeek(culture, blocker.Text)
                    : ReportPageText.BlockerWeeks(culture, blocker.Text, blocker.Weeks));
            }

            html.Raw("</ul>");
        }

        html.Raw("</section>");
    }

    public static void WriteLessons(Html html, QuarterReview review, CultureInfo culture)
    {
        html.Raw("<section aria-labelledby=\"lessons\"><h2 id=\"lessons\">").Text(ReportPageText.LessonsHeading(culture)).Raw("</h2>");
        if (review.Worked.Count == 0 && review.Change.Count == 0)
        {
            html.Element("p", review.IsFinal ? ReportPageText.LessonsNotGiven(culture) : ReportPageText.LessonsLater(culture));
        }

        if (review.Worked.Count > 0)
        {
            html.Element("h3", ReportPageText.WorkedHeading(culture));
            List(html, review.Worked, culture);
        }

        if (review.Change.Count > 0)
        {
            html.Element("h3", ReportPageText.ChangeHeading(culture));
            List(html, review.Change, culture);
        }

        if (review.LastQuarterLessons.Count > 0)
        {
            WriteLastQuarter(html, review, culture);
        }

        html.Raw("</section>");
    }

    /// <summary>Each owner's lessons of last quarter, in full, and how their related key results did since.</summary>
    private static void WriteLastQuarter(Html html, QuarterReview review, CultureInfo culture)
    {
        html.Element("h3", ReportPageText.LastQuarterLessonsHeading(culture, review.Quarter.Previous().ToString()));
        html.Raw("<ul class=\"words carried\">");
        foreach (var carried in review.LastQuarterLessons)
        {
            html.Raw("<li><span class=\"who\">").Text(ReportPageText.SaidBy(culture, QuarterReviewReport.AuthorName(carried, culture))).Raw("</span><ul>");
            foreach (var worked in carried.Worked)
            {
                html.Element("li", ReportPageText.LastQuarterWorked(culture, worked));
            }

            foreach (var change in carried.Change)
            {
                html.Element("li", ReportPageText.LastQuarterChange(culture, change));
            }

            foreach (var result in carried.Results)
            {
                var verdict = result.Improved switch { true => "improved", false => "not-improved", null => "unknown" };
                html.Element("li", QuarterReviewReport.Since(result, culture), $"since {verdict}");
            }

            html.Raw("</ul></li>");
        }

        html.Raw("</ul>");
    }

    private static void List(Html html, IReadOnlyList<OwnerWords> words, CultureInfo culture)
    {
        html.Raw("<ul class=\"words\">");
        foreach (var said in words)
        {
            html.Raw("<li><span class=\"who\">").Text(Who(said, culture)).Raw("</span> ").Text(said.Text).Raw("</li>");
        }

        html.Raw("</ul>");
    }

    /// <summary>Who said it, about which key result and in which week, as far as each is known.</summary>
    private static string Who(OwnerWords said, CultureInfo culture) => (said.KeyResult, said.Week) switch
    {
        ({ } kr, { } week) => ReportPageText.SaidAboutInWeek(culture, kr.Title, said.AuthorName, week),
        ({ } kr, null) => ReportPageText.SaidAbout(culture, kr.Title, said.AuthorName),
        (null, { } week) => ReportPageText.SaidByInWeek(culture, said.AuthorName, week),
        _ => ReportPageText.SaidBy(culture, said.AuthorName),
    };
}
