using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

public class ValueTextTests
{
    [Theory]
    [InlineData("en-US", "12345678.9", "12,345,678.9")]
    [InlineData("de-DE", "12345678.9", "12.345.678,9")]
    [InlineData("en-IN", "12345678.9", "1,23,45,678.9")]
    [InlineData("zh-CN", "0.035", "0.035")]
    [InlineData("fr-FR", "-2500.5", "-2\u202F500,5")]
    public void A_value_written_for_editing_is_exact_and_reads_back_in_the_same_locale(string culture, string value, string expected)
    {
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);
        var locale = CultureInfo.GetCultureInfo(culture);

        var text = ValueText.ForEditing(number, locale);

        Assert.Equal(expected, text);
        Assert.Equal(number, ValueParser.Parse(text, KeyResultUnit.Currency("USD"), locale, "x").Value);
    }
}
