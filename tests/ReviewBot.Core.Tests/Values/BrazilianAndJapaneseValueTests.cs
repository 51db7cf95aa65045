using System.Globalization;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

/// <summary>Amounts as Brazilian and Japanese sellers write them, and the 万/億 compounds Chinese and Japanese share.</summary>
public class BrazilianAndJapaneseValueTests
{
    [Theory]
    [InlineData("7200000", "BRL", "R$ 7,2 mi")]
    [InlineData("950000", "BRL", "R$ 950 mil")]
    [InlineData("2500000000", "BRL", "R$ 2,5 bi")]
    [InlineData("-7200000", "BRL", "-R$ 7,2 mi")]
    [InlineData("7200000", "USD", "US$ 7,2 mi")]
    [InlineData("7200000", "EUR", "€ 7,2 mi")]
    [InlineData("12.5", "%", "12,5%")]
    [InlineData("1250", "count:accounts", "1.250 accounts")]
    [InlineData("1", "milestone", "feito")]
    [InlineData("0", "milestone", "não feito")]
    public void Writes_values_as_a_brazilian_reads_them(string value, string unit, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format(TestUnits.Decimal(value), TestUnits.From(unit), CultureInfo.GetCultureInfo("pt-BR")));

    [Theory]
    [InlineData("R$ 7,2 mi", "BRL", "7200000")]
    [InlineData("R$7,2mi", "BRL", "7200000")]
    [InlineData("7,2 milhões", "BRL", "7200000")]
    [InlineData("1 milhão", "BRL", "1000000")]
    [InlineData("R$ 7.200.000,00", "BRL", "7200000")]
    [InlineData("R$ 950 mil", "BRL", "950000")]
    [InlineData("2,5 bi", "BRL", "2500000000")]
    [InlineData("3 bilhões", "BRL", "3000000000")]
    [InlineData("7,2 mi BRL", "BRL", "7200000")]
    [InlineData("US$ 7,2 mi", "USD", "7200000")]
    [InlineData("12,5%", "%", "12.5")]
    [InlineData("feito", "milestone", "1")]
    [InlineData("concluído", "milestone", "1")]
    [InlineData("Concluído!", "milestone", "1")]
    [InlineData("não feito", "milestone", "0")]
    [InlineData("pendente", "milestone", "0")]
    public void Reads_values_as_a_brazilian_writes_them(string input, string unit, string expected) =>
        AssertReads(input, unit, "pt-BR", expected);

    [Theory]
    [InlineData("150000000", "JPY", "1.5億円")]
    [InlineData("250000000", "JPY", "2.5億円")]
    [InlineData("50000000", "JPY", "5000万円")]
    [InlineData("150000000", "USD", "US$1.5億")]
    [InlineData("50000000", "USD", "US$5000万")]
    [InlineData("5000", "JPY", "5000円")]
    [InlineData("12.5", "%", "12.5%")]
    [InlineData("1", "milestone", "完了")]
    [InlineData("0", "milestone", "未完了")]
    public void Writes_values_as_a_japanese_reader_reads_them(string value, string unit, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format(TestUnits.Decimal(value), TestUnits.From(unit), CultureInfo.GetCultureInfo("ja-JP")));

    [Theory]
    [InlineData("1.5億", "JPY", "150000000")]
    [InlineData("1.5億円", "JPY", "150000000")]
    [InlineData("2億5000万", "JPY", "250000000")]
    [InlineData("2億5000万円", "JPY", "250000000")]
    [InlineData("2億 5000万", "JPY", "250000000")]
    [InlineData("5000万円", "JPY", "50000000")]
    [InlineData("1万5000円", "JPY", "15000")]
    [InlineData("3億2000万5000", "JPY", "320005000")]
    [InlineData("3千万", "JPY", "30000000")]
    [InlineData("¥150,000,000", "JPY", "150000000")]
    [InlineData("￥150,000,000", "JPY", "150000000")]
    [InlineData("JP¥1.5億", "JPY", "150000000")]
    [InlineData("-2億5000万", "JPY", "-250000000")]
    [InlineData("US$2億5000万", "USD", "250000000")]
    [InlineData("完了", "milestone", "1")]
    [InlineData("未完了", "milestone", "0")]
    public void Reads_values_as_a_japanese_seller_writes_them(string input, string unit, string expected) =>
        AssertReads(input, unit, "ja-JP", expected);

    [Theory]
    [InlineData("2亿5000万", "CNY", "250000000")]
    [InlineData("2亿5000万元", "CNY", "250000000")]
    [InlineData("1亿2000万", "USD", "120000000")]
    [InlineData("1万5000元", "CNY", "15000")]
    [InlineData("完成", "milestone", "1")]
    [InlineData("已完成", "milestone", "1")]
    [InlineData("未完成", "milestone", "0")]
    public void Reads_chinese_compounds_of_yi_and_wan(string input, string unit, string expected) =>
        AssertReads(input, unit, "zh-CN", expected);

    [Theory]
    [InlineData("2億15000万")]
    [InlineData("2万3億")]
    [InlineData("2億5000k")]
    [InlineData("2億5000万5万")]
    public void Refuses_a_compound_whose_parts_do_not_get_smaller(string input)
    {
        var result = ValueParser.Parse(input, TestUnits.From("JPY"), CultureInfo.GetCultureInfo("ja-JP"), "Japan revenue");

        Assert.False(result.IsSuccess, $"'{input}' read as {result.Value}");
    }

    [Theory]
    [InlineData("5 mil", "USD", "en-US")]
    [InlineData("5 mi", "USD", "en-US")]
    [InlineData("5 bi", "EUR", "de-DE")]
    public void Reads_the_short_portuguese_words_only_in_portuguese(string input, string unit, string culture)
    {
        // Outside Portuguese "mil" is slang for a million; guessing thousand would be off by a thousand times.
        var result = ValueParser.Parse(input, TestUnits.From(unit), CultureInfo.GetCultureInfo(culture), "Revenue");

        Assert.False(result.IsSuccess, $"'{input}' read as {result.Value}");
    }

    [Theory]
    [InlineData("1", "de-DE", "erledigt")]
    [InlineData("0", "de-DE", "nicht erledigt")]
    [InlineData("1", "fr-FR", "fait")]
    [InlineData("0", "fr-FR", "pas fait")]
    [InlineData("1", "zh-CN", "已完成")]
    [InlineData("0", "zh-CN", "未完成")]
    [InlineData("1", "en-GB", "done")]
    public void Writes_milestones_in_the_cultures_language(string value, string culture, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format(TestUnits.Decimal(value), TestUnits.From("milestone"), CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Suggests_milestone_answers_in_the_cultures_language()
    {
        var result = ValueParser.Parse("vielleicht", TestUnits.From("milestone"), CultureInfo.GetCultureInfo("de-DE"), "Shop live");

        Assert.Equal("I couldn't read 'vielleicht' for the milestone 'Shop live'. Answer erledigt or nicht erledigt.", result.Error!.Message);
    }

    private static void AssertReads(string input, string unit, string culture, string expected)
    {
        var result = ValueParser.Parse(input, TestUnits.From(unit), CultureInfo.GetCultureInfo(culture), "Target");

        Assert.True(result.IsSuccess, $"'{input}': {result.Error?.Message}");
        Assert.Equal(TestUnits.Decimal(expected), result.Value);
    }
}
