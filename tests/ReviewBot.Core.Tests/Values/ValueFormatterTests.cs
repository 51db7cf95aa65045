using System.Globalization;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

public class ValueFormatterTests
{
    [Theory]
    [InlineData("75000000", "USD", "en-US", "US$75M")]
    [InlineData("1250000", "USD", "en-US", "US$1.25M")]
    [InlineData("950000", "USD", "en-US", "US$950k")]
    [InlineData("999999", "USD", "en-US", "US$1M")]
    [InlineData("1500000000", "USD", "en-US", "US$1.5bn")]
    [InlineData("950", "USD", "en-US", "US$950")]
    [InlineData("12.345", "USD", "en-US", "US$12.35")]
    [InlineData("-2000000", "USD", "en-US", "-US$2M")]
    [InlineData("0", "USD", "en-US", "US$0")]
    [InlineData("3400000", "EUR", "en-GB", "€3.4M")]
    [InlineData("1200000", "GBP", "en-GB", "£1.2M")]
    [InlineData("3400000", "CHF", "en-US", "CHF 3.4M")]
    [InlineData("3400000", "EUR", "de-DE", "3,4 Mio. €")]
    [InlineData("950000", "EUR", "de-DE", "950 Tsd. €")]
    [InlineData("2000000000", "EUR", "de-DE", "2 Mrd. €")]
    [InlineData("-3400000", "EUR", "de-DE", "-3,4 Mio. €")]
    [InlineData("3400000", "USD", "de-DE", "3,4 Mio. US$")]
    [InlineData("3400000", "CHF", "de-DE", "3,4 Mio. CHF")]
    [InlineData("3400000", "EUR", "fr-FR", "3,4 M €")]
    [InlineData("75000000", "USD", "zh-CN", "US$7,500万")]
    [InlineData("120000000", "CNY", "zh-CN", "CN¥1.2亿")]
    [InlineData("5000", "CNY", "zh-CN", "CN¥5,000")]
    [InlineData("500000000", "JPY", "zh-CN", "JP¥5亿")]
    [InlineData("12000000", "INR", "en-IN", "₹1.2 Cr")]
    [InlineData("1200000", "INR", "en-IN", "₹12 L")]
    [InlineData("95000", "INR", "en-IN", "₹95,000")]
    [InlineData("1200000", "USD", "en-IN", "US$1.2M")]
    [InlineData("12.5", "%", "en-US", "12.5%")]
    [InlineData("12.5", "%", "de-DE", "12,5 %")]
    [InlineData("12.5", "%", "fr-FR", "12,5 %")]
    [InlineData("-3.333", "%", "en-US", "-3.33%")]
    [InlineData("42", "count:accounts", "en-US", "42 accounts")]
    [InlineData("1250", "count:accounts", "en-US", "1,250 accounts")]
    [InlineData("1250", "count:accounts", "de-DE", "1.250 accounts")]
    [InlineData("1", "milestone", "en-US", "done")]
    [InlineData("0", "milestone", "de-DE", "nicht erledigt")]
    public void Formats_a_value_compactly_in_the_culture(string value, string unit, string culture, string expected)
    {
        var text = ValueFormatter.Format(TestUnits.Decimal(value), TestUnits.From(unit), CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("0.005", "USD", "en-US", "US$0.01")]
    [InlineData("-0.005", "USD", "en-US", "-US$0.01")]
    [InlineData("0.004", "USD", "en-US", "US$0")]
    [InlineData("-0.004", "USD", "en-US", "US$0")]
    [InlineData("1.125", "%", "en-US", "1.13%")]
    public void Rounds_half_away_from_zero_to_two_decimals(string value, string unit, string culture, string expected)
    {
        var text = ValueFormatter.Format(TestUnits.Decimal(value), TestUnits.From(unit), CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("15000000", "USD", "en-US", "+US$15M")]
    [InlineData("-2000000", "USD", "en-US", "-US$2M")]
    [InlineData("0", "USD", "en-US", "±US$0")]
    [InlineData("400000", "EUR", "de-DE", "+400 Tsd. €")]
    [InlineData("1.5", "%", "en-US", "+1.5 pts")]
    [InlineData("-1", "%", "en-US", "-1 pt")]
    [InlineData("1.5", "%", "de-DE", "+1,5 Pp.")]
    [InlineData("1.5", "%", "fr-FR", "+1,5 pts")]
    [InlineData("1.5", "%", "zh-CN", "+1.5个百分点")]
    [InlineData("3", "count:accounts", "en-US", "+3 accounts")]
    [InlineData("1", "milestone", "en-US", "+1")]
    public void Formats_a_difference_with_an_explicit_sign(string value, string unit, string culture, string expected)
    {
        var text = ValueFormatter.FormatDifference(TestUnits.Decimal(value), TestUnits.From(unit), CultureInfo.GetCultureInfo(culture));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("1.25", "en-US", "125%")]
    [InlineData("1.25", "de-DE", "125 %")]
    [InlineData("1.25", "fr-FR", "125 %")]
    [InlineData("0.8333", "en-US", "83.3%")]
    [InlineData("0.995", "en-US", "99.5%")]
    [InlineData("0.9996", "en-US", "100%")]
    [InlineData("1.0494", "en-US", "104.9%")]
    [InlineData("1.0494", "de-DE", "104,9 %")]
    [InlineData("0", "en-US", "0%")]
    [InlineData("-0.1", "en-US", "-10%")]
    public void Formats_attainment_as_a_percentage_with_one_decimal_where_it_is_not_whole(string ratio, string culture, string expected)
    {
        Assert.Equal(expected, ValueFormatter.FormatRatio(TestUnits.Decimal(ratio), CultureInfo.GetCultureInfo(culture)));
    }
}
