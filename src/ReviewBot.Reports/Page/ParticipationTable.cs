using System.Globalization;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Reports.Page;

/// <summary>Who checked in for how many of the weeks that have ended; nobody's silence is hidden.</summary>
internal static class ParticipationTable
{
    public static void Write(Html html, QuarterReview review, CultureInfo culture)
    {
        if (review.Participation.Count == 0)
        {
            return;
        }

        html.Raw("<h3 id=\"participation\">").Text(ReportPageText.ParticipationHeading(culture)).Raw("</h3>")
            .Raw("<table class=\"participation\"><caption>").Text(ReportPageText.ParticipationCaption(culture)).Raw("</caption><thead><tr>")
            .Element("th", ReportPageText.ColumnPerson(culture), scope: "col")
            .Element("th", ReportPageText.ColumnCheckIns(culture), "num", scope: "col")
            .Raw("</tr></thead><tbody>");
        foreach (var person in review.Participation)
        {
            var text = person.Expected == 0
                ? ReportPageText.NoWeekEnded(culture)
                : person.None
                    ? ReportPageText.NoCheckInsOf(culture, person.Expected)
                    : ReportPageText.CheckInsOf(culture, person.Received, person.Expected);
            html.Raw(person.None && person.Expected > 0 ? "<tr class=\"silent\">" : "<tr>")
                .Raw("<th scope=\"row\">").Text(person.Member.Name).Raw("</th>")
                .Element("td", text, "num")
                .Raw("</tr>");
        }

        html.Raw("</tbody></table>");
    }
}
