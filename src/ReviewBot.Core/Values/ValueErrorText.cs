using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Values;

/// <summary>What the bot says about a value it could not read, in the reader's language: ValueErrorText.resx and its translations.</summary>
internal static class ValueErrorText
{
    private static readonly TextCatalog Catalog = new(typeof(ValueErrorText));

    public static string Empty(CultureInfo culture, string keyResult, string shortExample, string longExample) => Catalog.Say(culture, nameof(Empty), keyResult, shortExample, longExample);

    public static string Unreadable(CultureInfo culture, string input, string unit, string keyResult, string shortExample, string longExample) => Catalog.Say(culture, nameof(Unreadable), input, unit, keyResult, shortExample, longExample);

    public static string NotAMilestoneAnswer(CultureInfo culture, string input, string keyResult, string doneExample, string notDoneExample) => Catalog.Say(culture, nameof(NotAMilestoneAnswer), input, keyResult, doneExample, notDoneExample);

    public static string TooLarge(CultureInfo culture, string input, string keyResult) => Catalog.Say(culture, nameof(TooLarge), input, keyResult);

    public static string WrongCurrency(CultureInfo culture, string input, string mark, string keyResult, string isoCode, string example) => Catalog.Say(culture, nameof(WrongCurrency), input, mark, keyResult, isoCode, example);

    public static string CurrencyForNoCurrency(CultureInfo culture, string input, string mark, string keyResult, string unit, string example) => Catalog.Say(culture, nameof(CurrencyForNoCurrency), input, mark, keyResult, unit, example);

    public static string AmbiguousThousands(CultureInfo culture, string input, string keyResult, string cultureName, string separator, string decimalText, string decimalWords, string groupedText, string groupedWords) =>
        Catalog.Say(culture, nameof(AmbiguousThousands), input, keyResult, cultureName, separator, decimalText, decimalWords, groupedText, groupedWords);

    public static string AmbiguousNotDecimal(CultureInfo culture, string input, string keyResult, string cultureName, string separator, string decimalText, string decimalWords, string groupedText, string groupedWords) =>
        Catalog.Say(culture, nameof(AmbiguousNotDecimal), input, keyResult, cultureName, separator, decimalText, decimalWords, groupedText, groupedWords);

    public static string InvariantCulture(CultureInfo culture) => Catalog.Say(culture, nameof(InvariantCulture));

    public static string AnAmountIn(CultureInfo culture, string isoCode) => Catalog.Say(culture, nameof(AnAmountIn), isoCode);

    public static string ANumberOf(CultureInfo culture, string countName) => Catalog.Say(culture, nameof(ANumberOf), countName);

    public static string APercentage(CultureInfo culture) => Catalog.Say(culture, nameof(APercentage));

    public static string AMilestone(CultureInfo culture) => Catalog.Say(culture, nameof(AMilestone));

    public static string Dollars(CultureInfo culture) => Catalog.Say(culture, nameof(Dollars));

    public static string Rupees(CultureInfo culture) => Catalog.Say(culture, nameof(Rupees));

    public static string YuanOrYen(CultureInfo culture) => Catalog.Say(culture, nameof(YuanOrYen));

    public static string Kronor(CultureInfo culture) => Catalog.Say(culture, nameof(Kronor));
}
