using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Reports.Page;

/// <summary>The report page's own words, in the language of its link: ReportPageText.resx and its translations beside it.</summary>
internal static class ReportPageText
{
    /// <summary>An empty cell: the same mark in every language.</summary>
    public const string None = "—";

    private static readonly TextCatalog Catalog = new(typeof(ReportPageText));

    public static string Headline(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(Headline), scope, quarter);

    public static string StageFinal(CultureInfo culture) => Catalog.Say(culture, nameof(StageFinal));

    public static string StageSoFar(CultureInfo culture, int week, int weekCount) => Catalog.Say(culture, nameof(StageSoFar), week, weekCount);

    public static string StageNotStarted(CultureInfo culture) => Catalog.Say(culture, nameof(StageNotStarted));

    public static string TitleFinal(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(TitleFinal), scope, quarter);

    public static string TitleSoFar(CultureInfo culture, string scope, string quarter, int week, int weekCount) => Catalog.Say(culture, nameof(TitleSoFar), scope, quarter, week, weekCount);

    public static string TitleNotStarted(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(TitleNotStarted), scope, quarter);

    public static string Team(CultureInfo culture) => Catalog.Say(culture, nameof(Team));

    public static string NoCheckIns(CultureInfo culture) => Catalog.Say(culture, nameof(NoCheckIns));

    public static string NoCheckInsWithTarget(CultureInfo culture, string target) => Catalog.Say(culture, nameof(NoCheckInsWithTarget), target);

    public static string TeamScore(CultureInfo culture) => Catalog.Say(culture, nameof(TeamScore));

    public static string Score(CultureInfo culture) => Catalog.Say(culture, nameof(Score));

    public static string ValueOfTarget(CultureInfo culture, string actual, string target) => Catalog.Say(culture, nameof(ValueOfTarget), actual, target);

    public static string ValueOfTargetWithAttainment(CultureInfo culture, string actual, string target, string attainment) => Catalog.Say(culture, nameof(ValueOfTargetWithAttainment), actual, target, attainment);

    public static string Downloads(CultureInfo culture) => Catalog.Say(culture, nameof(Downloads));

    public static string DownloadCsv(CultureInfo culture) => Catalog.Say(culture, nameof(DownloadCsv));

    public static string DownloadExcel(CultureInfo culture) => Catalog.Say(culture, nameof(DownloadExcel));

    public static string AttainmentChartAlt(CultureInfo culture) => Catalog.Say(culture, nameof(AttainmentChartAlt));

    public static string AttainmentChartCaption(CultureInfo culture) => Catalog.Say(culture, nameof(AttainmentChartCaption));

    public static string RevenueChartAlt(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(RevenueChartAlt), currency);

    public static string RevenueChartCaption(CultureInfo culture, string currency) => Catalog.Say(culture, nameof(RevenueChartCaption), currency);

    public static string GoalsHeading(CultureInfo culture) => Catalog.Say(culture, nameof(GoalsHeading));

    public static string ResultsHeading(CultureInfo culture) => Catalog.Say(culture, nameof(ResultsHeading));

    public static string CausesHeading(CultureInfo culture) => Catalog.Say(culture, nameof(CausesHeading));

    public static string LessonsHeading(CultureInfo culture) => Catalog.Say(culture, nameof(LessonsHeading));

    public static string Basis(CultureInfo culture) => Catalog.Say(culture, nameof(Basis));

    public static string GoalMilestone(CultureInfo culture, string owner, string market) => Catalog.Say(culture, nameof(GoalMilestone), owner, market);

    public static string GoalRange(CultureInfo culture, string owner, string market, string start, string target) => Catalog.Say(culture, nameof(GoalRange), owner, market, start, target);

    public static string GoalMilestoneWithBasis(CultureInfo culture, string owner, string market, string basis) => Catalog.Say(culture, nameof(GoalMilestoneWithBasis), owner, market, basis);

    public static string GoalRangeWithBasis(CultureInfo culture, string owner, string market, string start, string target, string basis) => Catalog.Say(culture, nameof(GoalRangeWithBasis), owner, market, start, target, basis);

    public static string NoKeyResults(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(NoKeyResults), scope, quarter);

    public static string KeyResultsCaption(CultureInfo culture) => Catalog.Say(culture, nameof(KeyResultsCaption));

    public static string ColumnKeyResult(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnKeyResult));

    public static string ColumnOwner(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnOwner));

    public static string ColumnMarket(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnMarket));

    public static string ColumnActualOfTarget(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnActualOfTarget));

    public static string ColumnDifference(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnDifference));

    public static string ColumnAttainment(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnAttainment));

    public static string ColumnTrend(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnTrend));

    public static string ColumnPace(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnPace));

    public static string ColumnConfidence(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnConfidence));

    public static string PaceAhead(CultureInfo culture, string pace) => Catalog.Say(culture, nameof(PaceAhead), pace);

    public static string PaceBehind(CultureInfo culture, string pace) => Catalog.Say(culture, nameof(PaceBehind), pace);

    public static string TrendWithoutCheckIns(CultureInfo culture, string title) => Catalog.Say(culture, nameof(TrendWithoutCheckIns), title);

    public static string Trend(CultureInfo culture, string title, int checkIns, string firstValue, int firstWeek, string lastValue, int lastWeek) => Catalog.Say(culture, nameof(Trend), title, checkIns, firstValue, firstWeek, lastValue, lastWeek);

    public static string ChipGreen(CultureInfo culture) => Catalog.Say(culture, nameof(ChipGreen));

    public static string ChipYellow(CultureInfo culture) => Catalog.Say(culture, nameof(ChipYellow));

    public static string ChipRed(CultureInfo culture) => Catalog.Say(culture, nameof(ChipRed));

    public static string RollupsHeading(CultureInfo culture) => Catalog.Say(culture, nameof(RollupsHeading));

    public static string RollupsCaption(CultureInfo culture, string currency, string quarter) => Catalog.Say(culture, nameof(RollupsCaption), currency, quarter);

    public static string RollupsCaptionWithPrevious(CultureInfo culture, string currency, string quarter, string previousQuarter) => Catalog.Say(culture, nameof(RollupsCaptionWithPrevious), currency, quarter, previousQuarter);

    public static string ColumnGroup(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnGroup));

    public static string ColumnKind(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnKind));

    public static string ColumnActual(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnActual));

    public static string ColumnTarget(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnTarget));

    public static string ColumnPreviousScore(CultureInfo culture, string previousQuarter) => Catalog.Say(culture, nameof(ColumnPreviousScore), previousQuarter);

    public static string ColumnPreviousActual(CultureInfo culture, string previousQuarter) => Catalog.Say(culture, nameof(ColumnPreviousActual), previousQuarter);

    public static string KindObjective(CultureInfo culture) => Catalog.Say(culture, nameof(KindObjective));

    public static string KindPerson(CultureInfo culture) => Catalog.Say(culture, nameof(KindPerson));

    public static string KindMarket(CultureInfo culture) => Catalog.Say(culture, nameof(KindMarket));

    public static string KindPersonInMarket(CultureInfo culture) => Catalog.Say(culture, nameof(KindPersonInMarket));

    public static string PersonInMarket(CultureInfo culture, string person, string market) => Catalog.Say(culture, nameof(PersonInMarket), person, market);

    public static string MoneyLeftOut(CultureInfo culture, string reason) => Catalog.Say(culture, nameof(MoneyLeftOut), reason);

    public static string Method(CultureInfo culture, string greenFrom, string yellowFrom, string currency, string quarter) => Catalog.Say(culture, nameof(Method), greenFrom, yellowFrom, currency, quarter);

    public static string ParticipationHeading(CultureInfo culture) => Catalog.Say(culture, nameof(ParticipationHeading));

    public static string ParticipationCaption(CultureInfo culture) => Catalog.Say(culture, nameof(ParticipationCaption));

    public static string ColumnPerson(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnPerson));

    public static string ColumnCheckIns(CultureInfo culture) => Catalog.Say(culture, nameof(ColumnCheckIns));

    public static string NoWeekEnded(CultureInfo culture) => Catalog.Say(culture, nameof(NoWeekEnded));

    public static string NoCheckInsOf(CultureInfo culture, int expected) => Catalog.Say(culture, nameof(NoCheckInsOf), expected);

    public static string CheckInsOf(CultureInfo culture, int received, int expected) => Catalog.Say(culture, nameof(CheckInsOf), received, expected);

    public static string CausesNotGiven(CultureInfo culture) => Catalog.Say(culture, nameof(CausesNotGiven));

    public static string CausesLater(CultureInfo culture) => Catalog.Say(culture, nameof(CausesLater));

    public static string AtRiskCommentsHeading(CultureInfo culture) => Catalog.Say(culture, nameof(AtRiskCommentsHeading));

    public static string BlockersHeading(CultureInfo culture) => Catalog.Say(culture, nameof(BlockersHeading));

    public static string BlockerOneWeek(CultureInfo culture, string blocker) => Catalog.Say(culture, nameof(BlockerOneWeek), blocker);

    public static string BlockerWeeks(CultureInfo culture, string blocker, int weeks) => Catalog.Say(culture, nameof(BlockerWeeks), blocker, weeks);

    public static string LessonsNotGiven(CultureInfo culture) => Catalog.Say(culture, nameof(LessonsNotGiven));

    public static string LessonsLater(CultureInfo culture) => Catalog.Say(culture, nameof(LessonsLater));

    public static string WorkedHeading(CultureInfo culture) => Catalog.Say(culture, nameof(WorkedHeading));

    public static string ChangeHeading(CultureInfo culture) => Catalog.Say(culture, nameof(ChangeHeading));

    public static string LastQuarterLessonsHeading(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(LastQuarterLessonsHeading), quarter);

    public static string LastQuarterWorked(CultureInfo culture, string text) => Catalog.Say(culture, nameof(LastQuarterWorked), text);

    public static string LastQuarterChange(CultureInfo culture, string text) => Catalog.Say(culture, nameof(LastQuarterChange), text);

    public static string SaidBy(CultureInfo culture, string author) => Catalog.Say(culture, nameof(SaidBy), author);

    public static string SaidByInWeek(CultureInfo culture, string author, int week) => Catalog.Say(culture, nameof(SaidByInWeek), author, week);

    public static string SaidAbout(CultureInfo culture, string keyResult, string author) => Catalog.Say(culture, nameof(SaidAbout), keyResult, author);

    public static string SaidAboutInWeek(CultureInfo culture, string keyResult, string author, int week) => Catalog.Say(culture, nameof(SaidAboutInWeek), keyResult, author, week);
}
