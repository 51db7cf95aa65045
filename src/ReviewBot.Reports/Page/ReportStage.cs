using System.Globalization;
using ReviewBot.Core.Reviews.Model;
using ReviewBot.Core.Text;

namespace ReviewBot.Reports.Page;

/// <summary>The page's headline, stage line and browser title, each one sentence in the link's language.</summary>
internal static class ReportStage
{
    public static string Headline(QuarterReview review, CultureInfo culture) => ReportPageText.Headline(culture, review.ScopeName, review.Quarter.Id);

    public static string Stage(QuarterReview review, CultureInfo culture) => review.Stage switch
    {
        ReviewStage.Final => ReportPageText.StageFinal(culture),
        ReviewStage.SoFar => ReportPageText.StageSoFar(culture, review.CurrentWeek ?? 0, review.WeekCount),
        _ => ReportPageText.StageNotStarted(culture),
    };

    public static string Title(QuarterReview review, CultureInfo culture) => review.Stage switch
    {
        ReviewStage.Final => ReportPageText.TitleFinal(culture, review.ScopeName, review.Quarter.Id),
        ReviewStage.SoFar => ReportPageText.TitleSoFar(culture, review.ScopeName, review.Quarter.Id, review.CurrentWeek ?? 0, review.WeekCount),
        _ => ReportPageText.TitleNotStarted(culture, review.ScopeName, review.Quarter.Id),
    };

    /// <summary>
    /// The page's <c>lang</c>: the language its words are in, with the link's region where the words are that
    /// region's language. The text reads Simplified Chinese for zh-CN and zh-SG (the resource fallback through
    /// zh-Hans) and English for every other culture, so a de-DE link is an English page with German numbers.
    /// </summary>
    public static string Language(CultureInfo culture)
    {
        if (TextLanguage.ReadsChinese(culture))
        {
            return culture.Name;
        }

        return culture.TwoLetterISOLanguageName == "en" && culture.Name.Length > 0 ? culture.Name : "en";
    }
}
