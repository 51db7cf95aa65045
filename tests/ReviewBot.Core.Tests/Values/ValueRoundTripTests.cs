using System.Globalization;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

public class ValueRoundTripTests
{
    public static TheoryData<string, string> UnitsAndCultures()
    {
        string[] units = ["USD", "EUR", "GBP", "INR", "CNY", "JPY", "BRL", "CHF", "%", "count:accounts", "milestone"];
        string[] cultures = ["en-US", "en-GB", "de-DE", "fr-FR", "en-IN", "zh-CN", "de-CH", "sv-SE", "pt-BR", "ja-JP"];
        var data = new TheoryData<string, string>();
        foreach (var unit in units)
        {
            foreach (var culture in cultures)
            {
                data.Add(unit, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnitsAndCultures))]
    public void What_is_formatted_in_a_culture_reads_back_to_the_value_shown(string unitSpec, string cultureName)
    {
        var unit = TestUnits.From(unitSpec);
        var culture = CultureInfo.GetCultureInfo(cultureName);

        foreach (var value in SampleValues(unitSpec))
        {
            var text = ValueFormatter.Format(value, unit, culture);
            var result = ValueParser.Parse(text, unit, culture, "Round trip");

            Assert.True(result.IsSuccess, $"{value} formatted as '{text}' did not read back: {result.Error?.Message}");
            // Compact notation rounds, so what must survive is the value as shown, not every digit.
            Assert.Equal(text, ValueFormatter.Format(result.Value, unit, culture));
            Assert.True(Math.Abs(result.Value - value) <= Math.Max(0.005m, Math.Abs(value) * 0.005m), $"'{text}' read back as {result.Value}, far from {value}");
        }
    }

    [Theory]
    [InlineData("1250000", "USD", "en-US")]
    [InlineData("3400000", "EUR", "de-DE")]
    [InlineData("1234567.5", "count:accounts", "fr-FR")]
    [InlineData("12.5", "%", "fr-FR")]
    [InlineData("12000000", "INR", "en-IN")]
    [InlineData("75000000", "USD", "zh-CN")]
    [InlineData("7200000", "BRL", "pt-BR")]
    [InlineData("250000000", "JPY", "ja-JP")]
    [InlineData("50000000", "JPY", "ja-JP")]
    public void A_value_that_fits_the_notation_reads_back_exactly(string value, string unitSpec, string cultureName)
    {
        var unit = TestUnits.From(unitSpec);
        var culture = CultureInfo.GetCultureInfo(cultureName);
        var expected = TestUnits.Decimal(value);

        var result = ValueParser.Parse(ValueFormatter.Format(expected, unit, culture), unit, culture, "Round trip");

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(expected, result.Value);
    }

    private static IEnumerable<decimal> SampleValues(string unitSpec)
    {
        if (unitSpec == "milestone")
        {
            return [0m, 1m];
        }

        decimal[] fixedValues =
        [
            0m, 0.5m, 1m, 7m, 12.5m, 99.995m, 950m, 999.999m, 1_000m, 1_234.5m, 9_999m, 12_345m, 99_999m, 100_000m,
            123_456.78m, 999_999m, 1_000_000m, 1_250_000m, 3_400_000m, 12_345_678m, 75_000_000m, 123_456_789m,
            1_500_000_000m, 987_654_321_000m, 12_345_678_901_234m, 999_999_999_999_999_999m,
        ];
        var random = new Random(20240611);
        var randomValues = Enumerable.Range(0, 60)
            .Select(_ => decimal.Round((decimal)Math.Pow(10, random.NextDouble() * 15) * (decimal)random.NextDouble(), 3));
        var all = fixedValues.Concat(randomValues).ToList();
        return all.Concat(all.Select(v => -v));
    }
}
