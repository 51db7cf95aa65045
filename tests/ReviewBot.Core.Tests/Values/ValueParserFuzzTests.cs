using System.Globalization;
using System.Text;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Tests.Values;

public class ValueParserFuzzTests
{
    // Characters the reader treats specially, so random strings hit its edges rather than just "abc".
    private const string Alphabet =
        "0123456789012345678901234567890123456789.,.,.,  '-+()%$€£₹¥元万亿億円千kKmMbBnLlCcrRsUSDEIioadT\u00A0\u202F\u2212\uFF11\uFF0E\u200B✅?éãõ\t";

    [Fact]
    public void Never_throws_for_random_input()
    {
        var random = new Random(42);
        KeyResultUnit[] units =
        [
            KeyResultUnit.Currency("USD"), KeyResultUnit.Currency("EUR"), KeyResultUnit.Currency("INR"),
            KeyResultUnit.Currency("CNY"), KeyResultUnit.Currency("JPY"), KeyResultUnit.Currency("BRL"), KeyResultUnit.Percentage, KeyResultUnit.Count("accounts"), KeyResultUnit.Milestone,
        ];
        CultureInfo[] cultures =
        [
            CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("fr-FR"),
            CultureInfo.GetCultureInfo("en-IN"), CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("pt-BR"),
            CultureInfo.GetCultureInfo("ja-JP"), CultureInfo.InvariantCulture,
        ];

        for (var i = 0; i < 500; i++)
        {
            var input = RandomInput(random, i);
            foreach (var unit in units)
            {
                foreach (var culture in cultures)
                {
                    var result = ValueParser.Parse(input, unit, culture, "Fuzz");

                    Assert.Equal(result.IsSuccess, result.Error is null);
                    Assert.True(!result.IsSuccess || Math.Abs(result.Value) <= 1_000_000_000_000_000_000m, $"'{input}' read as {result.Value}");
                }
            }
        }
    }

    private static string RandomInput(Random random, int round)
    {
        // Every tenth input is long digits-only noise, to reach the overflow paths.
        if (round % 10 == 0)
        {
            return string.Concat(Enumerable.Range(0, random.Next(20, 80)).Select(_ => (char)('0' + random.Next(10))))
                + (random.Next(2) == 0 ? "bn" : ",5");
        }

        var text = new StringBuilder();
        var length = random.Next(0, 16);
        for (var c = 0; c < length; c++)
        {
            // Mostly the interesting alphabet, sometimes any character at all, including lone surrogates.
            text.Append(random.Next(8) == 0 ? (char)random.Next(0, 0xFFFF) : Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }
}
