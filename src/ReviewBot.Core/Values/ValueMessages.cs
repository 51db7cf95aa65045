using System.Globalization;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Values;

/// <summary>
/// The replies for values that could not be read. Each one quotes what the person typed, names the
/// key result, and shows a fix in the person's own notation, so they can answer in one more message.
/// </summary>
internal sealed class ValueMessages(string shownInput, KeyResultUnit unit, CultureInfo culture, string keyResultTitle)
{
    private (string Short, string Long) Examples => ValueExamples.For(unit, culture);

    private string CultureName => culture.Name.Length == 0 ? "the invariant culture" : culture.Name;

    public ValueParseResult Empty() => Fail(
        ValueParseErrorKind.Empty,
        $"Please give a value for '{keyResultTitle}', for example {Examples.Short} or {Examples.Long}.");

    public ValueParseResult Unreadable() => Fail(
        ValueParseErrorKind.Unreadable,
        $"I couldn't read '{shownInput}' as {unit.Describe()} for '{keyResultTitle}'. Try {Examples.Short} or {Examples.Long}.");

    public ValueParseResult NotAMilestoneAnswer() => Fail(
        ValueParseErrorKind.NotAMilestoneAnswer,
        $"I couldn't read '{shownInput}' for the milestone '{keyResultTitle}'. Answer {Examples.Short} or {Examples.Long}.");

    public ValueParseResult TooLarge() => Fail(
        ValueParseErrorKind.TooLarge,
        $"'{shownInput}' is too large for '{keyResultTitle}'.");

    public ValueParseResult WrongCurrency(CurrencyMark mark)
    {
        var message = unit is CurrencyUnit currency
            ? $"'{shownInput}' is in {mark.Spoken}, but '{keyResultTitle}' is measured in {currency.IsoCode}. "
                + $"Give the amount in {currency.IsoCode}, for example {EndSentence(Examples.Short)}"
            : $"'{shownInput}' is in {mark.Spoken}, but '{keyResultTitle}' is measured as {unit.Describe()}. "
                + $"Give {unit.Describe()}, for example {EndSentence(Examples.Short)}";
        return Fail(ValueParseErrorKind.WrongCurrency, message);
    }

    /// <param name="separator">The lone separator the culture does not settle.</param>
    /// <param name="decimalReading">The decimal reading in invariant notation, signed.</param>
    /// <param name="groupedReading">The thousands reading in invariant notation, signed.</param>
    public ValueParseResult Ambiguous(char separator, string decimalReading, string groupedReading)
    {
        var separatesThousands = culture.NumberFormat.NumberGroupSeparator is [var group] && group == separator;
        var why = separatesThousands
            ? $"'{separator}' separates thousands"
            : $"'{separator}' is not the decimal separator";
        return Fail(
            ValueParseErrorKind.Ambiguous,
            $"'{shownInput}' is ambiguous for '{keyResultTitle}': in {CultureName} {why}. "
                + $"Write {NumberText.Exact(decimalReading, culture)} for {EnglishNumberWords.Spell(decimalReading)}, "
                + $"or {NumberText.Exact(groupedReading, culture)} for {EnglishNumberWords.Spell(groupedReading)}.");
    }

    // "3,2 Mio." already ends the sentence; a second full stop would read as a typo.
    private static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";

    private ValueParseResult Fail(ValueParseErrorKind kind, string message) =>
        ValueParseResult.Failure(kind, shownInput, message);
}
