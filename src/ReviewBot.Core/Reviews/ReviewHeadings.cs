using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The quarter review's headings, stage names and the few words its figures carry (a former member, the team's
/// market) in the reader's language, the same in the chat text, on the report page and in the exports: public so
/// every document of the review names its steps alike.
/// </summary>
public static class ReviewHeadings
{
    private static readonly TextCatalog Catalog = new(typeof(ReviewHeadings));

    public static string HeadlineFinal(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(HeadlineFinal), scope, quarter);

    public static string HeadlineNotStarted(CultureInfo culture, string scope, string quarter) => Catalog.Say(culture, nameof(HeadlineNotStarted), scope, quarter);

    public static string HeadlineSoFar(CultureInfo culture, string scope, string quarter, int week, int weekCount) => Catalog.Say(culture, nameof(HeadlineSoFar), scope, quarter, week, weekCount);

    public static string StageFinal(CultureInfo culture) => Catalog.Say(culture, nameof(StageFinal));

    public static string StageNotStarted(CultureInfo culture) => Catalog.Say(culture, nameof(StageNotStarted));

    public static string StageSoFar(CultureInfo culture, int week, int weekCount) => Catalog.Say(culture, nameof(StageSoFar), week, weekCount);

    public static string Goals(CultureInfo culture) => Catalog.Say(culture, nameof(Goals));

    public static string Results(CultureInfo culture) => Catalog.Say(culture, nameof(Results));

    public static string Causes(CultureInfo culture) => Catalog.Say(culture, nameof(Causes));

    public static string Lessons(CultureInfo culture) => Catalog.Say(culture, nameof(Lessons));

    public static string Rollups(CultureInfo culture, string currency, string quarter) => Catalog.Say(culture, nameof(Rollups), currency, quarter);

    public static string CheckInsReceived(CultureInfo culture, int received, int expected) => Catalog.Say(culture, nameof(CheckInsReceived), received, expected);

    public static string WhatWorked(CultureInfo culture) => Catalog.Say(culture, nameof(WhatWorked));

    public static string WhatToChange(CultureInfo culture) => Catalog.Say(culture, nameof(WhatToChange));

    public static string ObjectiveRollup(CultureInfo culture, string objective) => Catalog.Say(culture, nameof(ObjectiveRollup), objective);

    public static string PersonRollup(CultureInfo culture, string person) => Catalog.Say(culture, nameof(PersonRollup), person);

    public static string MarketRollup(CultureInfo culture, string market) => Catalog.Say(culture, nameof(MarketRollup), market);

    public static string TeamRollup(CultureInfo culture, string team) => Catalog.Say(culture, nameof(TeamRollup), team);

    public static string AllTheirKeyResultsRollup(CultureInfo culture, string person) => Catalog.Say(culture, nameof(AllTheirKeyResultsRollup), person);

    /// <summary>Who wrote words kept in the review after leaving the team.</summary>
    public static string FormerMember(CultureInfo culture) => Catalog.Say(culture, nameof(FormerMember));

    /// <summary>The market of a key result the team owns with no market of its own.</summary>
    public static string TeamMarket(CultureInfo culture) => Catalog.Say(culture, nameof(TeamMarket));

    /// <summary>Why money totals are left out: a currency with no rate for the quarter.</summary>
    public static string NoExchangeRate(CultureInfo culture, string currency, string reportingCurrency, string quarter) => Catalog.Say(culture, nameof(NoExchangeRate), currency, reportingCurrency, quarter);
}
