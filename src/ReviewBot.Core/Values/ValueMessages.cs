using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Text;

namespace ReviewBot.Core.Values;

/// <summary>
/// The replies for values that could not be read. Each one quotes what the person typed, names the
/// key result, and shows a fix in the person's own notation and language, so they can answer in one more message.
/// </summary>
internal sealed class ValueMessages(string shownInput, KeyResultUnit unit, CultureInfo culture, string keyResultTitle)
{
    private (string Short, string Long) Examples => ValueExamples.For(unit, culture);

    private string CultureName => culture.Name.Length == 0 ? ValueErrorText.InvariantCulture(culture) : culture.Name;

    public ValueParseResult Empty() => Fail(
        ValueParseErrorKind.Empty,
        ValueErrorText.Empty(culture, keyResultTitle, Examples.Short, Examples.Long));

    public ValueParseResult Unreadable() => Fail(
        ValueParseErrorKind.Unreadable,
        ValueErrorText.Unreadable(culture, shownInput, UnitWords.Describe(unit, culture), keyResultTitle, Examples.Short, Examples.Long));

    public ValueParseResult NotAMilestoneAnswer() => Fail(
        ValueParseErrorKind.NotAMilestoneAnswer,
        ValueErrorText.NotAMilestoneAnswer(culture, shownInput, keyResultTitle, Examples.Short, Examples.Long));

    public ValueParseResult TooLarge() => Fail(
        ValueParseErrorKind.TooLarge,
        ValueErrorText.TooLarge(culture, shownInput, keyResultTitle));

    public ValueParseResult WrongCurrency(CurrencyMark mark)
    {
        // The sentence ends itself; "3,2 Mio." brings its own full stop, and a second would read as a typo.
        var example = Examples.Short.TrimEnd('.');
        var message = unit is CurrencyUnit currency
            ? ValueErrorText.WrongCurrency(culture, shownInput, mark.Spoken(culture), keyResultTitle, currency.IsoCode, example)
            : ValueErrorText.CurrencyForNoCurrency(culture, shownInput, mark.Spoken(culture), keyResultTitle, UnitWords.Describe(unit, culture), example);
        return Fail(ValueParseErrorKind.WrongCurrency, message);
    }

    /// <param name="separator">The lone separator the culture does not settle.</param>
    /// <param name="decimalReading">The decimal reading in invariant notation, signed.</param>
    /// <param name="groupedReading">The thousands reading in invariant notation, signed.</param>
    public ValueParseResult Ambiguous(char separator, string decimalReading, string groupedReading)
    {
        var separatesThousands = culture.NumberFormat.NumberGroupSeparator is [var group] && group == separator;
        var decimalText = NumberText.Exact(decimalReading, culture);
        var groupedText = NumberText.Exact(groupedReading, culture);
        var message = separatesThousands
            ? ValueErrorText.AmbiguousThousands(culture, shownInput, keyResultTitle, CultureName, separator.ToString(), decimalText, Spell(decimalReading), groupedText, Spell(groupedReading))
            : ValueErrorText.AmbiguousNotDecimal(culture, shownInput, keyResultTitle, CultureName, separator.ToString(), decimalText, Spell(decimalReading), groupedText, Spell(groupedReading));
        return Fail(ValueParseErrorKind.Ambiguous, message);
    }

    private string Spell(string invariant) =>
        TextLanguage.ReadsChinese(culture) ? ChineseNumberWords.Spell(invariant) : EnglishNumberWords.Spell(invariant);

    private ValueParseResult Fail(ValueParseErrorKind kind, string message) =>
        ValueParseResult.Failure(kind, shownInput, message);
}
