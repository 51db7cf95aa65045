using System.Globalization;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

public class DateTextTests
{
    private static readonly DateOnly December21 = new(2026, 12, 21);

    [Theory]
    [InlineData("en-US", "Dec 21")]
    [InlineData("en-GB", "21 Dec")]
    [InlineData("en-IN", "21 Dec")]
    [InlineData("de-DE", "21. Dezember")]
    [InlineData("fr-FR", "21 décembre")]
    [InlineData("pt-BR", "21 de dezembro")]
    [InlineData("ja-JP", "12月21日")]
    [InlineData("zh-CN", "12月21日")]
    public void A_day_reads_the_way_the_culture_writes_it(string culture, string expected) =>
        Assert.Equal(expected, DateText.Day(December21, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US", "Nov 30–Dec 6")]
    [InlineData("en-GB", "30 Nov–6 Dec")]
    [InlineData("en-IN", "30 Nov–6 Dec")]
    [InlineData("de-DE", "30. November–6. Dezember")]
    [InlineData("fr-FR", "30 novembre–6 décembre")]
    [InlineData("pt-BR", "30 de novembro–6 de dezembro")]
    [InlineData("ja-JP", "11月30日–12月6日")]
    [InlineData("zh-CN", "11月30日–12月6日")]
    public void A_range_across_two_months_names_both_months(string culture, string expected) =>
        Assert.Equal(expected, DateText.Range(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6), CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US", "Dec 1–7")]
    [InlineData("en-GB", "1–7 Dec")]
    [InlineData("en-IN", "1–7 Dec")]
    [InlineData("de-DE", "1.–7. Dezember")]
    [InlineData("fr-FR", "1–7 décembre")]
    [InlineData("pt-BR", "1–7 de dezembro")]
    [InlineData("ja-JP", "12月1日–7日")]
    [InlineData("zh-CN", "12月1日–7日")]
    public void A_range_within_one_month_names_the_month_once(string culture, string expected) =>
        Assert.Equal(expected, DateText.Range(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7), CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US", "Dec 28–Jan 3")]
    [InlineData("de-DE", "28. Dezember–3. Januar")]
    [InlineData("ja-JP", "12月28日–1月3日")]
    public void A_range_across_the_new_year_is_two_full_days(string culture, string expected) =>
        Assert.Equal(expected, DateText.Range(new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 3), CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void A_range_of_one_day_is_that_day() =>
        Assert.Equal("Dec 21", DateText.Range(December21, December21, CultureInfo.GetCultureInfo("en-US")));

    [Theory]
    [InlineData("en-US", "Monday, Dec 21")]
    [InlineData("en-GB", "Monday 21 Dec")]
    [InlineData("en-IN", "Monday 21 Dec")]
    [InlineData("de-DE", "Montag, 21. Dezember")]
    [InlineData("fr-FR", "lundi 21 décembre")]
    [InlineData("pt-BR", "segunda-feira, 21 de dezembro")]
    [InlineData("ja-JP", "12月21日(月)")]
    [InlineData("zh-CN", "12月21日（周一）")]
    public void A_day_with_its_weekday_reads_the_way_the_culture_writes_it(string culture, string expected) =>
        Assert.Equal(expected, DateText.Weekday(December21, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US", "Monday 21 December")]
    [InlineData("en-GB", "Monday 21 December")]
    [InlineData("de-DE", "Montag, 21. Dezember")]
    [InlineData("fr-FR", "lundi 21 décembre")]
    [InlineData("ja-JP", "12月21日 月曜日")]
    [InlineData("zh-CN", "12月21日 星期一")]
    public void A_day_announced_in_full_names_its_weekday_where_the_culture_puts_it(string culture, string expected) =>
        Assert.Equal(expected, DateText.WeekdayInFull(December21, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US", "Monday")]
    [InlineData("de-DE", "Montag")]
    [InlineData("zh-CN", "星期一")]
    public void A_weekday_alone_is_its_name_in_the_culture(string culture, string expected) =>
        Assert.Equal(expected, DateText.DayOfWeek(December21, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US", "Mon, Dec 21, 2026")]
    [InlineData("en-GB", "Mon 21 Dec 2026")]
    [InlineData("de-DE", "Montag, 21. Dezember 2026")]
    [InlineData("fr-FR", "lundi 21 décembre 2026")]
    [InlineData("pt-BR", "segunda-feira, 21 de dezembro de 2026")]
    [InlineData("ja-JP", "2026年12月21日月曜日")]
    [InlineData("zh-CN", "2026年12月21日星期一")]
    public void A_day_with_its_year_reads_the_way_the_culture_writes_it(string culture, string expected) =>
        Assert.Equal(expected, DateText.DayInYear(December21, CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("en-IN")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("pt-BR")]
    [InlineData("ja-JP")]
    [InlineData("zh-CN")]
    public void No_date_mixes_digits_and_a_month_name_in_the_wrong_order(string culture)
    {
        // The bug this replaces: "d MMM" in Chinese wrote "30 11月".
        var text = DateText.Range(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 6), CultureInfo.GetCultureInfo(culture));

        Assert.DoesNotMatch(@"\d \d+月", text);
        Assert.DoesNotContain("十", text, StringComparison.Ordinal);
    }
}
