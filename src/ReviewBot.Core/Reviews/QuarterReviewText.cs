using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews;

/// <summary>What the quarter review's chat text says, in the reader's language: QuarterReviewText.resx and its translations beside it.</summary>
internal static class QuarterReviewText
{
    private static readonly TextCatalog Catalog = new(typeof(QuarterReviewText));

    public static string TeamHasNoKeyResults(CultureInfo culture, string team, string quarter) => Catalog.Say(culture, nameof(TeamHasNoKeyResults), team, quarter);

    public static string PersonOwnsNoKeyResults(CultureInfo culture, string person, string quarter) => Catalog.Say(culture, nameof(PersonOwnsNoKeyResults), person, quarter);

    public static string KeyResultsComeFromOkrFile(CultureInfo culture) => Catalog.Say(culture, nameof(KeyResultsComeFromOkrFile));

    public static string ScoreExplained(CultureInfo culture) => Catalog.Say(culture, nameof(ScoreExplained));

    public static string TeamScoreExplained(CultureInfo culture, string currency, string quarter) => Catalog.Say(culture, nameof(TeamScoreExplained), currency, quarter);

    public static string PersonScoreExplained(CultureInfo culture, string person, string currency, string quarter) => Catalog.Say(culture, nameof(PersonScoreExplained), person, currency, quarter);

    public static string MoneyTotalsLeftOut(CultureInfo culture, string currency, string reportingCurrency, string quarter) => Catalog.Say(culture, nameof(MoneyTotalsLeftOut), currency, reportingCurrency, quarter);

    public static string PaceExplained(CultureInfo culture, string elapsed) => Catalog.Say(culture, nameof(PaceExplained), elapsed);

    public static string ObjectiveGoal(CultureInfo culture, string objective, string owner, string basis) => Catalog.Say(culture, nameof(ObjectiveGoal), objective, owner, basis);

    public static string KeyResultGoal(CultureInfo culture, string keyResult, string owner, string market, string start, string target, string basis) => Catalog.Say(culture, nameof(KeyResultGoal), keyResult, owner, market, start, target, basis);

    public static string NoCheckIns(CultureInfo culture) => Catalog.Say(culture, nameof(NoCheckIns));

    public static string NoCheckInsWithTarget(CultureInfo culture, string target) => Catalog.Say(culture, nameof(NoCheckInsWithTarget), target);

    public static string ActualOfTarget(CultureInfo culture, string actual, string target) => Catalog.Say(culture, nameof(ActualOfTarget), actual, target);

    public static string BetterThanTarget(CultureInfo culture, string difference) => Catalog.Say(culture, nameof(BetterThanTarget), difference);

    public static string WorseThanTarget(CultureInfo culture, string difference) => Catalog.Say(culture, nameof(WorseThanTarget), difference);

    public static string Score(CultureInfo culture, string score) => Catalog.Say(culture, nameof(Score), score);

    public static string TrendOf(CultureInfo culture, string sparkline) => Catalog.Say(culture, nameof(TrendOf), sparkline);

    public static string PaceAhead(CultureInfo culture, string pace) => Catalog.Say(culture, nameof(PaceAhead), pace);

    public static string PaceBehind(CultureInfo culture, string pace) => Catalog.Say(culture, nameof(PaceBehind), pace);

    public static string AtRisk(CultureInfo culture) => Catalog.Say(culture, nameof(AtRisk));

    public static string OffTrack(CultureInfo culture) => Catalog.Say(culture, nameof(OffTrack));

    public static string MoneyOfTarget(CultureInfo culture, string actual, string target, string difference, string attainment) => Catalog.Say(culture, nameof(MoneyOfTarget), actual, target, difference, attainment);

    public static string MoneyOfTargetWithoutAttainment(CultureInfo culture, string actual, string target, string difference) => Catalog.Say(culture, nameof(MoneyOfTargetWithoutAttainment), actual, target, difference);

    public static string PreviousScore(CultureInfo culture, string quarter, string score) => Catalog.Say(culture, nameof(PreviousScore), quarter, score);

    public static string PreviousScoreAndMoney(CultureInfo culture, string quarter, string score, string money) => Catalog.Say(culture, nameof(PreviousScoreAndMoney), quarter, score, money);

    public static string PreviousScoreAndMoneyAttained(CultureInfo culture, string quarter, string score, string money, string attainment) => Catalog.Say(culture, nameof(PreviousScoreAndMoneyAttained), quarter, score, money, attainment);

    public static string CheckedInOfWeeks(CultureInfo culture, int received, int expected) => Catalog.Say(culture, nameof(CheckedInOfWeeks), received, expected);

    public static string CheckedInOfOneWeek(CultureInfo culture, int received) => Catalog.Say(culture, nameof(CheckedInOfOneWeek), received);

    public static string NoCheckInsInWeeks(CultureInfo culture, int expected) => Catalog.Say(culture, nameof(NoCheckInsInWeeks), expected);

    public static string NoCheckInsInOneWeek(CultureInfo culture) => Catalog.Say(culture, nameof(NoCheckInsInOneWeek));

    public static string NoRetrospectiveAnswers(CultureInfo culture) => Catalog.Say(culture, nameof(NoRetrospectiveAnswers));

    public static string CausesComeInTheLastTwoWeeks(CultureInfo culture) => Catalog.Say(culture, nameof(CausesComeInTheLastTwoWeeks));

    public static string CausesComeInTheLastTwoWeeksLatestAtRiskComments(CultureInfo culture) => Catalog.Say(culture, nameof(CausesComeInTheLastTwoWeeksLatestAtRiskComments));

    public static string AtRiskComment(CultureInfo culture, string keyResult, string author, int week, string comment) => Catalog.Say(culture, nameof(AtRiskComment), keyResult, author, week, comment);

    public static string NoBlockers(CultureInfo culture) => Catalog.Say(culture, nameof(NoBlockers));

    public static string BlockersRaisedMostOften(CultureInfo culture, string blockers) => Catalog.Say(culture, nameof(BlockersRaisedMostOften), blockers);

    public static string BlockerInWeeks(CultureInfo culture, string blocker, int weeks) => Catalog.Say(culture, nameof(BlockerInWeeks), blocker, weeks);

    public static string BlockerInOneWeek(CultureInfo culture, string blocker) => Catalog.Say(culture, nameof(BlockerInOneWeek), blocker);

    public static string NoLessons(CultureInfo culture) => Catalog.Say(culture, nameof(NoLessons));

    public static string LessonsComeAtTheQuarterEnd(CultureInfo culture) => Catalog.Say(culture, nameof(LessonsComeAtTheQuarterEnd));

    public static string LastQuarterLessonsHeading(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(LastQuarterLessonsHeading), quarter);

    public static string LastQuarterWrote(CultureInfo culture, string author, string lessons) => Catalog.Say(culture, nameof(LastQuarterWrote), author, lessons);

    public static string LastQuarterWroteAndSince(CultureInfo culture, string author, string lessons, string since) => Catalog.Say(culture, nameof(LastQuarterWroteAndSince), author, lessons, since);

    public static string LessonWorked(CultureInfo culture, string text) => Catalog.Say(culture, nameof(LessonWorked), text);

    public static string LessonChange(CultureInfo culture, string text) => Catalog.Say(culture, nameof(LessonChange), text);

    public static string CarriedImproved(CultureInfo culture, string keyResult, string before, string now) => Catalog.Say(culture, nameof(CarriedImproved), keyResult, before, now);

    public static string CarriedNotImproved(CultureInfo culture, string keyResult, string before, string now) => Catalog.Say(culture, nameof(CarriedNotImproved), keyResult, before, now);

    public static string CarriedUnchanged(CultureInfo culture, string keyResult, string before, string now) => Catalog.Say(culture, nameof(CarriedUnchanged), keyResult, before, now);

    public static string CarriedImprovingSoFar(CultureInfo culture, string keyResult, string before, string now, string onCourseFor) => Catalog.Say(culture, nameof(CarriedImprovingSoFar), keyResult, before, now, onCourseFor);

    public static string CarriedNotImprovingSoFar(CultureInfo culture, string keyResult, string before, string now, string onCourseFor) => Catalog.Say(culture, nameof(CarriedNotImprovingSoFar), keyResult, before, now, onCourseFor);

    public static string CarriedUnchangedSoFar(CultureInfo culture, string keyResult, string before, string now, string onCourseFor) => Catalog.Say(culture, nameof(CarriedUnchangedSoFar), keyResult, before, now, onCourseFor);

    public static string CarriedUnknown(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(CarriedUnknown), keyResult);
}
