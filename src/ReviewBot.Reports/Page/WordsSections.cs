using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Reports.Page;

/// <summary>Steps three and four: the owners' own words on causes and lessons, and the blockers raised most often.</summary>
internal static class WordsSections
{
    public static void WriteCauses(Html html, QuarterReview review)
    {
        html.Raw("<section aria-labelledby=\"causes\"><h2 id=\"causes\">3. Causes</h2>");
        if (review.Causes.Count > 0)
        {
            List(html, review.Causes);
        }
        else
        {
            html.Element("p", review.IsFinal
                ? "No retrospective answers were given for this quarter."
                : "The retrospective collects causes in the quarter's last two weeks.");
            if (!review.IsFinal && review.AtRiskComments.Count > 0)
            {
                html.Element("h3", "Latest comments on key results at risk");
                List(html, review.AtRiskComments);
            }
        }

        if (review.Blockers.Count > 0)
        {
            html.Element("h3", "Blockers raised most often");
            html.Raw("<ul class=\"blockers\">");
            foreach (var blocker in review.Blockers)
            {
                html.Element("li", $"{blocker.Text} ({blocker.Weeks} {(blocker.Weeks == 1 ? "week" : "weeks")})");
            }

            html.Raw("</ul>");
        }

        html.Raw("</section>");
    }

    public static void WriteLessons(Html html, QuarterReview review)
    {
        html.Raw("<section aria-labelledby=\"lessons\"><h2 id=\"lessons\">4. Lessons</h2>");
        if (review.Worked.Count == 0 && review.Change.Count == 0)
        {
            html.Element("p", review.IsFinal ? "No lessons were given for this quarter." : "The retrospective collects lessons in the quarter's last two weeks.");
        }

        if (review.Worked.Count > 0)
        {
            html.Element("h3", "What worked");
            List(html, review.Worked);
        }

        if (review.Change.Count > 0)
        {
            html.Element("h3", "What to change");
            List(html, review.Change);
        }

        html.Raw("</section>");
    }

    private static void List(Html html, IReadOnlyList<OwnerWords> words)
    {
        html.Raw("<ul class=\"words\">");
        foreach (var said in words)
        {
            var about = said.KeyResult is { } kr ? $"{kr.Title} · " : "";
            var week = said.Week is { } w ? $", week {w}" : "";
            html.Raw("<li><span class=\"who\">").Text($"{about}{said.AuthorName}{week}:").Raw("</span> ").Text(said.Text).Raw("</li>");
        }

        html.Raw("</ul>");
    }
}
