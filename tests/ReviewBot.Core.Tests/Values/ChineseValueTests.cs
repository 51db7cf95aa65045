using System.Globalization;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

/// <summary>Values as a zh-CN reader writes and reads them: 万 and 亿, thousands grouped before them, 个百分点, 11月30日.</summary>
public class ChineseValueTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [Theory]
    [InlineData("12000", "USD", "US$1.2万")]
    [InlineData("75000000", "USD", "US$7,500万")]
    [InlineData("24700000", "USD", "US$2,470万")]
    [InlineData("340000000", "USD", "US$3.4亿")]
    [InlineData("-9880000", "USD", "-US$988万")]
    [InlineData("5000", "USD", "US$5,000")]
    [InlineData("12", "%", "12%")]
    [InlineData("1", "milestone", "已完成")]
    [InlineData("0", "milestone", "未完成")]
    public void Writes_money_in_wan_and_yi_with_thousands_grouped_before_them(string value, string unit, string expected)
    {
        Assert.Equal(expected, ValueFormatter.Format(TestUnits.Decimal(value), TestUnits.From(unit), Chinese));
    }

    [Theory]
    [InlineData("0.3", "+0.3个百分点")]
    [InlineData("-0.3", "-0.3个百分点")]
    [InlineData("1", "+1个百分点")]
    public void Writes_a_change_of_a_percentage_in_percentage_points(string difference, string expected)
    {
        Assert.Equal(expected, ValueFormatter.FormatDifference(TestUnits.Decimal(difference), KeyResultUnit.Percentage, Chinese));
    }

    [Fact]
    public void Writes_a_change_of_money_with_its_sign_and_grouped_wan()
    {
        Assert.Equal("+US$2,600万", ValueFormatter.FormatDifference(26_000_000m, KeyResultUnit.Currency("USD"), Chinese));
    }

    [Theory]
    [InlineData("1.2万", "USD", "12000")]
    [InlineData("7500万", "USD", "75000000")]
    [InlineData("7,500万", "USD", "75000000")]
    [InlineData("US$7,500万", "USD", "75000000")]
    [InlineData("3.4亿", "USD", "340000000")]
    [InlineData("US$3.4亿", "USD", "340000000")]
    [InlineData("500万元", "CNY", "5000000")]
    [InlineData("１２００万", "USD", "12000000")]
    [InlineData("12%", "%", "12")]
    [InlineData("１２．５％", "%", "12.5")]
    [InlineData("1.2万", "count:客户", "12000")]
    public void Reads_what_a_chinese_reader_types(string input, string unit, string expected)
    {
        var parsed = ValueParser.Parse(input, TestUnits.From(unit), Chinese, "收入");

        Assert.True(parsed.IsSuccess, parsed.IsSuccess ? "" : parsed.Error!.Message);
        Assert.Equal(TestUnits.Decimal(expected), parsed.Value);
    }

    [Theory]
    [InlineData("完成", true)]
    [InlineData("已完成", true)]
    [InlineData("是", true)]
    [InlineData("搞定了。", true)]
    [InlineData("否", false)]
    [InlineData("未完成", false)]
    [InlineData("还没", false)]
    public void Reads_the_chinese_answers_to_a_milestone(string answer, bool done)
    {
        var parsed = ValueParser.Parse(answer, KeyResultUnit.Milestone, Chinese, "德国店铺上线");

        Assert.True(parsed.IsSuccess);
        Assert.Equal(done ? MilestoneUnit.Done : MilestoneUnit.NotDone, parsed.Value);
    }

    [Theory]
    [InlineData("1", "USD")]
    [InlineData("12000", "USD")]
    [InlineData("75000000", "USD")]
    [InlineData("24700000", "USD")]
    [InlineData("-9880000", "CNY")]
    [InlineData("340000000", "EUR")]
    [InlineData("12.5", "%")]
    [InlineData("1", "milestone")]
    public void Everything_written_in_chinese_reads_back_the_same(string value, string unit)
    {
        var amount = TestUnits.Decimal(value);
        var parsed = ValueParser.Parse(ValueFormatter.Format(amount, TestUnits.From(unit), Chinese), TestUnits.From(unit), Chinese, "收入");

        Assert.Equal(amount, parsed.Value);
    }

    [Fact]
    public void An_unreadable_value_is_explained_in_chinese_with_chinese_examples()
    {
        var parsed = ValueParser.Parse("很多", KeyResultUnit.Currency("USD"), Chinese, "US revenue");

        Assert.Equal("没能读懂“很多”：“US revenue”要填的是以 USD 计的金额。可以写成 320万 或 3,200,000。", parsed.Error!.Message);
    }

    [Fact]
    public void An_ambiguous_separator_is_explained_with_both_readings_spelled_in_chinese()
    {
        var parsed = ValueParser.Parse("3，4", KeyResultUnit.Currency("USD"), Chinese, "US revenue");

        Assert.Equal("“3，4”用在“US revenue”上有歧义：在 zh-CN 中“,”是千位分隔符。想表示三点四请写 3.4，想表示三千四百请写 3,400。", parsed.Error!.Message);
    }

    [Fact]
    public void An_unreadable_count_suggests_wan()
    {
        var parsed = ValueParser.Parse("不少", KeyResultUnit.Count("客户"), Chinese, "新客户");

        Assert.Equal("没能读懂“不少”：“新客户”要填的是客户数量。可以写成 42 或 1.2万。", parsed.Error!.Message);
    }

    [Fact]
    public void A_milestone_answer_it_cannot_read_is_answered_with_the_chinese_words()
    {
        var parsed = ValueParser.Parse("也许", KeyResultUnit.Milestone, Chinese, "德国店铺上线");

        Assert.Equal("没能读懂里程碑“德国店铺上线”的回答“也许”。请回答 已完成 或 未完成。", parsed.Error!.Message);
    }

    [Theory]
    [InlineData("2026-11-30", "11月30日")]
    [InlineData("2026-12-21", "12月21日")]
    public void Writes_a_day_as_month_and_day(string day, string expected)
    {
        Assert.Equal(expected, DateText.Day(DateOnly.Parse(day, CultureInfo.InvariantCulture), Chinese));
    }

    [Fact]
    public void Writes_a_weekday_after_the_day_in_full_width_brackets()
    {
        Assert.Equal("11月30日（周一）", DateText.Weekday(new DateOnly(2026, 11, 30), Chinese));
    }

    [Theory]
    [InlineData("1234", "一千二百三十四")]
    [InlineData("1.234", "一点二三四")]
    [InlineData("10", "十")]
    [InlineData("12000", "一万二千")]
    [InlineData("100005", "十万零五")]
    [InlineData("1010", "一千零一十")]
    [InlineData("1000001", "一百万零一")]
    [InlineData("250000000", "二亿五千万")]
    [InlineData("-0.5", "负零点五")]
    public void Spells_a_number_out_in_chinese(string invariant, string expected)
    {
        Assert.Equal(expected, ChineseNumberWords.Spell(invariant));
    }
}
