using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Reviews;

/// <summary>What review me says, in the reader's language: MyKeyResultsText.resx and its translations beside it.</summary>
internal static class MyKeyResultsText
{
    private static readonly TextCatalog Catalog = new(typeof(MyKeyResultsText));

    public static string YouOwnNoKeyResults(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(YouOwnNoKeyResults), quarter);

    public static string ManagerAddsThem(CultureInfo culture) => Catalog.Say(culture, nameof(ManagerAddsThem));

    public static string NoCheckInYet(CultureInfo culture) => Catalog.Say(culture, nameof(NoCheckInYet));

    public static string LatestInWeek(CultureInfo culture, string value, int week) => Catalog.Say(culture, nameof(LatestInWeek), value, week);

    public static string KeyResultStanding(CultureInfo culture, string latest, string target, string progress, string score, string chip, string trend) => Catalog.Say(culture, nameof(KeyResultStanding), latest, target, progress, score, chip, trend);

    public static string Headline(CultureInfo culture, string quarter, int week) => Catalog.Say(culture, nameof(Headline), quarter, week);

    public static string CheckedInThisWeek(CultureInfo culture) => Catalog.Say(culture, nameof(CheckedInThisWeek));

    public static string NotCheckedInThisWeek(CultureInfo culture) => Catalog.Say(culture, nameof(NotCheckedInThisWeek));
}
