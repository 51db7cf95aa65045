using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Reviews.Model;

namespace ReviewBot.Testing.Language;

/// <summary>What a review's documents show as it is, whatever their language: the allowed words of a one-language check.</summary>
public static class QuarterReviewWords
{
    /// <summary>Everything in the page that someone typed: names, titles, bases, markets, units they named, their own words.</summary>
    public static IEnumerable<string> Typed(QuarterReview review)
    {
        yield return review.ScopeName;
        yield return review.Team.Name;
        yield return review.Quarter.Id;
        if (review.Previous is { } previous)
        {
            yield return previous.Id;
        }

        foreach (var result in review.KeyResults)
        {
            yield return result.KeyResult.Title;
            yield return result.KeyResult.Basis ?? "";
            yield return result.Objective.Title;
            yield return result.Objective.Basis ?? "";
            yield return result.Market;
            yield return result.Owner?.Name ?? "";
            if (result.KeyResult.Unit is CountUnit count)
            {
                yield return count.Name;
            }
        }

        foreach (var line in review.Rollups)
        {
            yield return line.Label;
            yield return line.Market ?? "";
        }

        foreach (var person in review.Participation)
        {
            yield return person.Member.Name;
        }

        foreach (var said in review.Causes.Concat(review.AtRiskComments).Concat(review.Worked).Concat(review.Change))
        {
            yield return said.Text;
            yield return said.AuthorName;
        }

        foreach (var blocker in review.Blockers)
        {
            yield return blocker.Text;
        }

        foreach (var carried in review.LastQuarterLessons)
        {
            yield return carried.AuthorName;
            foreach (var text in carried.Worked.Concat(carried.Change))
            {
                yield return text;
            }

            foreach (var result in carried.Results)
            {
                yield return result.KeyResult.Title;
            }
        }
    }

    /// <summary>
    /// The phrases the page takes from Core as they are, in the same culture ("0.4 pts worse than target"):
    /// Core's translation is Core's to test, and the page's own words around them are what is checked here.
    /// </summary>
    public static IEnumerable<string> FromCore(QuarterReview review, CultureInfo culture) =>
        review.KeyResults.Where(r => r.HasCheckIns).Select(r => QuarterReviewReport.Difference(r, culture));
}
