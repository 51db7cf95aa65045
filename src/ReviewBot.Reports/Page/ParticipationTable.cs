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

        html.Raw("<h3 id=\"participation\">Participation</h3>")
            .Raw("<table class=\"participation\"><caption>Weekly check-ins received of those expected</caption>")
            .Raw("<thead><tr><th scope=\"col\">Person</th><th scope=\"col\" class=\"num\">Check-ins</th></tr></thead><tbody>");
        foreach (var person in review.Participation)
        {
            var text = person.Expected == 0
                ? "no week has ended yet"
                : person.None
                    ? $"{ReportWords.NoCheckIns} (0 of {person.Expected.ToString(culture)})"
                    : $"{person.Received.ToString(culture)} of {person.Expected.ToString(culture)}";
            html.Raw(person.None && person.Expected > 0 ? "<tr class=\"silent\">" : "<tr>")
                .Raw("<th scope=\"row\">").Text(person.Member.Name).Raw("</th>")
                .Element("td", text, "num")
                .Raw("</tr>");
        }

        html.Raw("</tbody></table>");
    }
}
