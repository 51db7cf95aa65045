using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Tests.Okrs;

public class KeyResultUnitTests
{
    [Fact]
    public void A_currency_unit_normalises_its_code_to_upper_case()
    {
        Assert.Equal("EUR", ((CurrencyUnit)KeyResultUnit.Currency("eur")).IsoCode);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("US$")]
    [InlineData("dollars")]
    public void A_currency_unit_refuses_a_code_that_is_not_three_letters(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => KeyResultUnit.Currency(code));
        Assert.Contains("ISO 4217", error.Message, StringComparison.Ordinal);
    }
}
