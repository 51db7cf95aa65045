using System.Globalization;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

public class ValueParserTests
{
    [Theory]
    [InlineData("75M", "USD", "75000000")]
    [InlineData("$75,000,000", "USD", "75000000")]
    [InlineData("US$ 75 000 000", "USD", "75000000")]
    [InlineData("US$75M", "USD", "75000000")]
    [InlineData("75 million USD", "USD", "75000000")]
    [InlineData("1.2k", "USD", "1200")]
    [InlineData("1.2K", "USD", "1200")]
    [InlineData("2.5 million", "USD", "2500000")]
    [InlineData("1.5bn", "USD", "1500000000")]
    [InlineData("1.5B", "USD", "1500000000")]
    [InlineData("3 billion", "USD", "3000000000")]
    [InlineData("$3MM", "USD", "3000000")]
    [InlineData("4 thousand", "USD", "4000")]
    [InlineData("-3", "USD", "-3")]
    [InlineData("+4", "USD", "4")]
    [InlineData("-$2M", "USD", "-2000000")]
    [InlineData("$-2M", "USD", "-2000000")]
    [InlineData("(3,000)", "USD", "-3000")]
    [InlineData("1,200", "USD", "1200")]
    [InlineData("1,234.56", "USD", "1234.56")]
    [InlineData("1.234.567,89", "USD", "1234567.89")]
    [InlineData(".5M", "USD", "500000")]
    [InlineData("USD 3.2M", "USD", "3200000")]
    [InlineData("3.2M usd", "USD", "3200000")]
    [InlineData("3.2 M dollars", "USD", "3200000")]
    [InlineData("$4M", "AUD", "4000000")]
    [InlineData("A$4M", "AUD", "4000000")]
    [InlineData("$4M", "SGD", "4000000")]
    [InlineData("¥500", "JPY", "500")]
    [InlineData("€3.4M", "EUR", "3400000")]
    [InlineData("3.4M EUR", "EUR", "3400000")]
    [InlineData("12 accounts", "count:accounts", "12")]
    [InlineData("1 account", "count:accounts", "1")]
    [InlineData("1.2k accounts", "count:accounts", "1200")]
    [InlineData("1 234", "USD", "1234")]
    [InlineData("1'234'567.5", "USD", "1234567.5")]
    [InlineData("12.5%", "%", "12.5")]
    [InlineData("12.5", "%", "12.5")]
    [InlineData("-2.5 %", "%", "-2.5")]
    [InlineData("12.5 percent", "%", "12.5")]
    [InlineData("１２．５％", "%", "12.5")]
    public void Reads_en_US_values(string input, string unit, string expected)
    {
        AssertReads(input, unit, "en-US", expected);
    }

    [Theory]
    [InlineData("£1.2m", "GBP", "1200000")]
    [InlineData("£950k", "GBP", "950000")]
    [InlineData("1.2 mn GBP", "GBP", "1200000")]
    [InlineData("£1,250,000", "GBP", "1250000")]
    [InlineData("12.5%", "%", "12.5")]
    public void Reads_en_GB_values(string input, string unit, string expected)
    {
        AssertReads(input, unit, "en-GB", expected);
    }

    [Theory]
    [InlineData("3,4 Mio. €", "EUR", "3400000")]
    [InlineData("3,4 Mio €", "EUR", "3400000")]
    [InlineData("3,4Mio.€", "EUR", "3400000")]
    [InlineData("1.234.567,89", "EUR", "1234567.89")]
    [InlineData("1.234.567,89 €", "EUR", "1234567.89")]
    [InlineData("2 Mrd.", "EUR", "2000000000")]
    [InlineData("2 Mrd. EUR", "EUR", "2000000000")]
    [InlineData("950 Tsd. €", "EUR", "950000")]
    [InlineData("1.234", "EUR", "1234")]
    [InlineData("1,234", "EUR", "1.234")]
    [InlineData("1,234.5", "EUR", "1234.5")]
    [InlineData("0,5", "EUR", "0.5")]
    [InlineData("\u22121 €", "EUR", "-1")]
    [InlineData("-3,4 Mio. €", "EUR", "-3400000")]
    [InlineData("12,5 %", "%", "12.5")]
    [InlineData("3,4 Mio. US$", "USD", "3400000")]
    public void Reads_de_DE_values(string input, string unit, string expected)
    {
        AssertReads(input, unit, "de-DE", expected);
    }

    [Theory]
    [InlineData("12,5 %", "%", "12.5")]
    [InlineData("12,5%", "%", "12.5")]
    [InlineData("12,5\u00A0%", "%", "12.5")]
    [InlineData("12,5\u202F%", "%", "12.5")]
    [InlineData("1 234 567,5", "EUR", "1234567.5")]
    [InlineData("1\u00A0234\u00A0567,5", "EUR", "1234567.5")]
    [InlineData("1\u202F234\u202F567,5", "EUR", "1234567.5")]
    [InlineData("1\u202F234\u202F567,5 €", "EUR", "1234567.5")]
    [InlineData("3,4 M€", "EUR", "3400000")]
    [InlineData("950 k€", "EUR", "950000")]
    [InlineData("1,2 Md€", "EUR", "1200000000")]
    [InlineData("1,200", "EUR", "1.2")]
    public void Reads_fr_FR_values(string input, string unit, string expected)
    {
        AssertReads(input, unit, "fr-FR", expected);
    }

    [Theory]
    [InlineData("1,20,000", "INR", "120000")]
    [InlineData("12,34,567.5", "INR", "1234567.5")]
    [InlineData("₹12 lakh", "INR", "1200000")]
    [InlineData("₹12 L", "INR", "1200000")]
    [InlineData("₹12L", "INR", "1200000")]
    [InlineData("3 crore", "INR", "30000000")]
    [InlineData("3 Cr", "INR", "30000000")]
    [InlineData("Rs 3 Cr", "INR", "30000000")]
    [InlineData("Rs. 1.5 crore", "INR", "15000000")]
    [InlineData("INR 1.2 Cr", "INR", "12000000")]
    [InlineData("Rs.5", "INR", "5")]
    [InlineData("12 lakh leads", "count:leads", "1200000")]
    public void Reads_en_IN_values(string input, string unit, string expected)
    {
        AssertReads(input, unit, "en-IN", expected);
    }

    [Theory]
    [InlineData("1.2万", "CNY", "12000")]
    [InlineData("3亿", "CNY", "300000000")]
    [InlineData("¥500万", "CNY", "5000000")]
    [InlineData("￥500万", "CNY", "5000000")]
    [InlineData("500万元", "CNY", "5000000")]
    [InlineData("CN¥1.2亿", "CNY", "120000000")]
    [InlineData("RMB 3M", "CNY", "3000000")]
    [InlineData("3千", "CNY", "3000")]
    [InlineData("US$7500万", "USD", "75000000")]
    [InlineData("１２３万", "CNY", "1230000")]
    public void Reads_zh_CN_values(string input, string unit, string expected)
    {
        AssertReads(input, unit, "zh-CN", expected);
    }

    [Theory]
    [InlineData("done", "1")]
    [InlineData("Done.", "1")]
    [InlineData("yes", "1")]
    [InlineData("Y", "1")]
    [InlineData("true", "1")]
    [InlineData("1", "1")]
    [InlineData("complete", "1")]
    [InlineData("completed", "1")]
    [InlineData("finished", "1")]
    [InlineData("✅", "1")]
    [InlineData("✅\uFE0F", "1")]
    [InlineData("ja", "1")]
    [InlineData("erledigt", "1")]
    [InlineData("oui", "1")]
    [InlineData("fait", "1")]
    [InlineData("是", "1")]
    [InlineData("完成", "1")]
    [InlineData("no", "0")]
    [InlineData("n", "0")]
    [InlineData("not done", "0")]
    [InlineData("Not  Done", "0")]
    [InlineData("false", "0")]
    [InlineData("0", "0")]
    [InlineData("open", "0")]
    [InlineData("pending", "0")]
    [InlineData("nein", "0")]
    [InlineData("non", "0")]
    [InlineData("否", "0")]
    [InlineData("未完成", "0")]
    public void Reads_milestone_answers_in_every_language(string input, string expected)
    {
        AssertReads(input, "milestone", "en-US", expected);
    }

    private static void AssertReads(string input, string unit, string culture, string expected)
    {
        var result = ValueParser.Parse(input, TestUnits.From(unit), CultureInfo.GetCultureInfo(culture), "Target");

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(TestUnits.Decimal(expected), result.Value);
    }
}
