using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews;

/// <summary>What the weekly check-in prompt, its reminder and the retrospective prompt say, in the reader's language: CheckInPromptText.resx and its translations beside it.</summary>
internal static class CheckInPromptText
{
    private static readonly TextCatalog Catalog = new(typeof(CheckInPromptText));

    public static string TimeForYourCheckIn(CultureInfo culture, string firstName, int week) => Catalog.Say(culture, nameof(TimeForYourCheckIn), firstName, week);

    public static string CheckInStillOpen(CultureInfo culture, string firstName, int week, string closes) => Catalog.Say(culture, nameof(CheckInStillOpen), firstName, week, closes);

    public static string WhatItTakes(CultureInfo culture) => Catalog.Say(culture, nameof(WhatItTakes));

    public static string WhatItTakesAndUntilWhen(CultureInfo culture) => Catalog.Say(culture, nameof(WhatItTakesAndUntilWhen));

    public static string YourKeyResultsIn(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(YourKeyResultsIn), quarter);

    public static string TargetWithoutCheckIn(CultureInfo culture, string target) => Catalog.Say(culture, nameof(TargetWithoutCheckIn), target);

    public static string LatestOfTarget(CultureInfo culture, string actual, string target, int week) => Catalog.Say(culture, nameof(LatestOfTarget), actual, target, week);

    public static string MilestoneLatest(CultureInfo culture, string actual, int week) => Catalog.Say(culture, nameof(MilestoneLatest), actual, week);

    public static string CheckInButton(CultureInfo culture) => Catalog.Say(culture, nameof(CheckInButton));

    public static string AnswerHereButton(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerHereButton));

    public static string TimeForYourRetrospective(CultureInfo culture, string firstName, string quarter) => Catalog.Say(culture, nameof(TimeForYourRetrospective), firstName, quarter);

    public static string WhatTheRetrospectiveAsks(CultureInfo culture) => Catalog.Say(culture, nameof(WhatTheRetrospectiveAsks));

    public static string RetrospectiveOpenUntil(CultureInfo culture, string lastDay) => Catalog.Say(culture, nameof(RetrospectiveOpenUntil), lastDay);

    public static string OpenRetrospectiveButton(CultureInfo culture) => Catalog.Say(culture, nameof(OpenRetrospectiveButton));
}
