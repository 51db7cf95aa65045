using System.Globalization;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

public class ValueParserErrorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0\u202F")]
    public void Asks_for_a_value_when_the_answer_is_empty(string? input)
    {
        var error = Error(input, "USD", "en-US", "US revenue");

        Assert.Equal(ValueParseErrorKind.Empty, error.Kind);
        Assert.Equal("Please give a value for 'US revenue', for example 3.2M or 3,200,000.", error.Message);
    }

    [Theory]
    [InlineData("USD", "en-US", "Please give a value for 'Revenue', for example 3.2M or 3,200,000.")]
    [InlineData("EUR", "de-DE", "Please give a value for 'Revenue', for example 3,2 Mio. or 3.200.000.")]
    [InlineData("EUR", "fr-FR", "Please give a value for 'Revenue', for example 3,2 M or 3\u202F200\u202F000.")]
    [InlineData("INR", "en-IN", "Please give a value for 'Revenue', for example 32 L or 32,00,000.")]
    [InlineData("CNY", "zh-CN", "请填写“Revenue”的数值，例如 320万 或 3,200,000。")]
    [InlineData("%", "en-US", "Please give a value for 'Revenue', for example 12.5% or 12.5.")]
    [InlineData("%", "de-DE", "Please give a value for 'Revenue', for example 12,5 % or 12,5.")]
    [InlineData("count:accounts", "en-US", "Please give a value for 'Revenue', for example 42 or 1.2k.")]
    [InlineData("milestone", "en-US", "Please give a value for 'Revenue', for example done or not done.")]
    public void Gives_examples_in_the_culture_s_own_notation(string unit, string culture, string expected)
    {
        Assert.Equal(expected, Error("", unit, culture, "Revenue").Message);
    }

    [Theory]
    [InlineData("abc", "USD", "en-US", "I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.")]
    [InlineData("abc", "EUR", "de-DE", "I couldn't read 'abc' as a EUR amount for 'US revenue'. Try 3,2 Mio. or 3.200.000.")]
    [InlineData("12 apples", "USD", "en-US", "I couldn't read '12 apples' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.")]
    [InlineData("1,2,3", "USD", "en-US", "I couldn't read '1,2,3' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.")]
    [InlineData("12%", "USD", "en-US", "I couldn't read '12%' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.")]
    [InlineData("--3", "USD", "en-US", "I couldn't read '--3' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.")]
    [InlineData("lots", "%", "en-US", "I couldn't read 'lots' as a percentage for 'US revenue'. Try 12.5% or 12.5.")]
    [InlineData("3M%", "%", "en-US", "I couldn't read '3M%' as a percentage for 'US revenue'. Try 12.5% or 12.5.")]
    [InlineData("many", "count:accounts", "en-US", "I couldn't read 'many' as a number of accounts for 'US revenue'. Try 42 or 1.2k.")]
    [InlineData("12 deals", "count:accounts", "en-US", "I couldn't read '12 deals' as a number of accounts for 'US revenue'. Try 42 or 1.2k.")]
    public void Says_what_it_could_not_read_and_how_to_write_it(string input, string unit, string culture, string expected)
    {
        var error = Error(input, unit, culture, "US revenue");

        Assert.Equal(ValueParseErrorKind.Unreadable, error.Kind);
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("3,4", "en-US", "'3,4' is ambiguous for 'US revenue': in en-US ',' separates thousands. Write 3.4 for three point four, or 3,400 for three thousand four hundred.")]
    [InlineData("3.4", "de-DE", "'3.4' is ambiguous for 'US revenue': in de-DE '.' separates thousands. Write 3,4 for three point four, or 3.400 for three thousand four hundred.")]
    [InlineData("3.4", "fr-FR", "'3.4' is ambiguous for 'US revenue': in fr-FR '.' is not the decimal separator. Write 3,4 for three point four, or 3\u202F400 for three thousand four hundred.")]
    [InlineData("3,45M", "en-GB", "'3,45M' is ambiguous for 'US revenue': in en-GB ',' separates thousands. Write 3.45 for three point four five, or 3,450 for three thousand four hundred fifty.")]
    [InlineData("-3,4", "en-US", "'-3,4' is ambiguous for 'US revenue': in en-US ',' separates thousands. Write -3.4 for minus three point four, or -3,400 for minus three thousand four hundred.")]
    [InlineData("3,4567", "en-US", "'3,4567' is ambiguous for 'US revenue': in en-US ',' separates thousands. Write 3.4567 for three point four five six seven, or 34,567 for thirty-four thousand five hundred sixty-seven.")]
    [InlineData("1.2k", "de-DE", "'1.2k' is ambiguous for 'US revenue': in de-DE '.' separates thousands. Write 1,2 for one point two, or 1.200 for one thousand two hundred.")]
    public void Explains_both_readings_of_an_ambiguous_separator(string input, string culture, string expected)
    {
        var error = Error(input, "USD", culture, "US revenue");

        Assert.Equal(ValueParseErrorKind.Ambiguous, error.Kind);
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("€3M", "USD", "en-US", "'€3M' is in EUR, but 'US revenue' is measured in USD. Give the amount in USD, for example 3.2M.")]
    [InlineData("3M GBP", "USD", "en-US", "'3M GBP' is in GBP, but 'US revenue' is measured in USD. Give the amount in USD, for example 3.2M.")]
    [InlineData("$3M", "EUR", "de-DE", "'$3M' is in dollars, but 'US revenue' is measured in EUR. Give the amount in EUR, for example 3,2 Mio.")]
    [InlineData("¥500万", "USD", "zh-CN", "“¥500万”用的是人民币或日元，但“US revenue”以 USD 计。请按 USD 填写金额，例如 320万。")]
    [InlineData("US$3M", "AUD", "en-US", "'US$3M' is in USD, but 'US revenue' is measured in AUD. Give the amount in AUD, for example 3.2M.")]
    [InlineData("€12", "%", "en-US", "'€12' is in EUR, but 'US revenue' is measured as a percentage. Give a percentage, for example 12.5%.")]
    [InlineData("$12", "count:accounts", "en-US", "'$12' is in dollars, but 'US revenue' is measured as a number of accounts. Give a number of accounts, for example 42.")]
    public void Refuses_an_amount_in_another_currency(string input, string unit, string culture, string expected)
    {
        var error = Error(input, unit, culture, "US revenue");

        Assert.Equal(ValueParseErrorKind.WrongCurrency, error.Kind);
        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("50%")]
    [InlineData("2")]
    public void Refuses_a_milestone_answer_that_is_neither_done_nor_not_done(string input)
    {
        var error = Error(input, "milestone", "en-US", "German storefront live");

        Assert.Equal(ValueParseErrorKind.NotAMilestoneAnswer, error.Kind);
        Assert.Equal($"I couldn't read '{input}' for the milestone 'German storefront live'. Answer done or not done.", error.Message);
    }

    [Theory]
    [InlineData("2000000000000000000")]
    [InlineData("99999999999999999999999999999999999")]
    [InlineData("9999999999999999999999999999bn")]
    [InlineData("1,000,000,000,000,000,001")]
    public void Refuses_a_number_too_large_to_be_a_sales_figure(string input)
    {
        var error = Error(input, "USD", "en-US", "US revenue");

        Assert.Equal(ValueParseErrorKind.TooLarge, error.Kind);
        Assert.Equal($"'{input}' is too large for 'US revenue'.", error.Message);
    }

    [Fact]
    public void Quotes_the_input_trimmed_as_the_person_typed_it()
    {
        var error = Error("  abc  ", "USD", "en-US", "US revenue");

        Assert.Equal("abc", error.Input);
    }

    private static ValueParseError Error(string? input, string unit, string culture, string title)
    {
        var result = ValueParser.Parse(input, TestUnits.From(unit), CultureInfo.GetCultureInfo(culture), title);

        Assert.False(result.IsSuccess, $"'{input}' was read as {result.Value}");
        return result.Error;
    }
}
