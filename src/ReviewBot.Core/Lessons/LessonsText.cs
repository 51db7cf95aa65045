using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Lessons;

/// <summary>What <c>review lessons</c> says, in the reader's language: LessonsText.resx and its translations beside it.</summary>
internal static class LessonsText
{
    private static readonly TextCatalog Catalog = new(typeof(LessonsText));

    public static string LatestOne(CultureInfo culture, string team) => Catalog.Say(culture, nameof(LatestOne), team);

    public static string LatestMany(CultureInfo culture, string team, int count) => Catalog.Say(culture, nameof(LatestMany), team, count);

    public static string FoundOne(CultureInfo culture, string searched) => Catalog.Say(culture, nameof(FoundOne), searched);

    public static string FoundMany(CultureInfo culture, int count, string searched) => Catalog.Say(culture, nameof(FoundMany), count, searched);

    public static string OnlyTheFirstShown(CultureInfo culture, int count) => Catalog.Say(culture, nameof(OnlyTheFirstShown), count);

    public static string WithWords(CultureInfo culture, string words) => Catalog.Say(culture, nameof(WithWords), words);

    public static string ByPerson(CultureInfo culture, string person) => Catalog.Say(culture, nameof(ByPerson), person);

    public static string AboutMarket(CultureInfo culture, string market) => Catalog.Say(culture, nameof(AboutMarket), market);

    public static string InQuarter(CultureInfo culture, string quarter) => Catalog.Say(culture, nameof(InQuarter), quarter);

    public static string InQuarters(CultureInfo culture, string from, string until) => Catalog.Say(culture, nameof(InQuarters), from, until);

    public static string HasLeft(CultureInfo culture) => Catalog.Say(culture, nameof(HasLeft));

    public static string MarketHasLeft(CultureInfo culture, string market) => Catalog.Say(culture, nameof(MarketHasLeft), market);

    public static string KindWorked(CultureInfo culture) => Catalog.Say(culture, nameof(KindWorked));

    public static string KindChange(CultureInfo culture) => Catalog.Say(culture, nameof(KindChange));

    public static string KindCause(CultureInfo culture) => Catalog.Say(culture, nameof(KindCause));

    public static string KindCauseOf(CultureInfo culture, string keyResult) => Catalog.Say(culture, nameof(KindCauseOf), keyResult);

    public static string KindCauseOfInMarket(CultureInfo culture, string keyResult, string market) => Catalog.Say(culture, nameof(KindCauseOfInMarket), keyResult, market);

    public static string NoLessonsYet(CultureInfo culture, string team) => Catalog.Say(culture, nameof(NoLessonsYet), team);

    public static string LessonsComeFromTheRetrospective(CultureInfo culture) => Catalog.Say(culture, nameof(LessonsComeFromTheRetrospective));

    public static string NothingFound(CultureInfo culture, string searched) => Catalog.Say(culture, nameof(NothingFound), searched);

    public static string TryFewerWords(CultureInfo culture, string word) => Catalog.Say(culture, nameof(TryFewerWords), word);

    public static string TryAnotherWord(CultureInfo culture) => Catalog.Say(culture, nameof(TryAnotherWord));

    public static string TryEveryone(CultureInfo culture, string person) => Catalog.Say(culture, nameof(TryEveryone), person);

    public static string TryEveryMarket(CultureInfo culture, string market) => Catalog.Say(culture, nameof(TryEveryMarket), market);

    public static string TryAnotherQuarter(CultureInfo culture, string from, string until) => Catalog.Say(culture, nameof(TryAnotherQuarter), from, until);

    public static string AloneShowsTheLatest(CultureInfo culture) => Catalog.Say(culture, nameof(AloneShowsTheLatest));

    public static string NobodyCalled(CultureInfo culture, string name, string team) => Catalog.Say(culture, nameof(NobodyCalled), name, team);

    public static string NameThemLikeThis(CultureInfo culture) => Catalog.Say(culture, nameof(NameThemLikeThis));

    public static string OnePersonAtATime(CultureInfo culture, string first, string second) => Catalog.Say(culture, nameof(OnePersonAtATime), first, second);

    public static string OrEveryone(CultureInfo culture) => Catalog.Say(culture, nameof(OrEveryone));

    public static string OneMarketAtATime(CultureInfo culture, string first, string second) => Catalog.Say(culture, nameof(OneMarketAtATime), first, second);

    public static string OrEveryMarket(CultureInfo culture) => Catalog.Say(culture, nameof(OrEveryMarket));

    public static string TooManyQuarters(CultureInfo culture, string quarters) => Catalog.Say(culture, nameof(TooManyQuarters), quarters);

    public static string RangeExample(CultureInfo culture, string from, string until) => Catalog.Say(culture, nameof(RangeExample), from, until);

    public static string RangeBackwards(CultureInfo culture, string from, string until) => Catalog.Say(culture, nameof(RangeBackwards), from, until);

    public static string EarlierFirst(CultureInfo culture, string from, string until) => Catalog.Say(culture, nameof(EarlierFirst), from, until);

    public static string QuarterNotBegun(CultureInfo culture, string quarter, string current) => Catalog.Say(culture, nameof(QuarterNotBegun), quarter, current);
}
