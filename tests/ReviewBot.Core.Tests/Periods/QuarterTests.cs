using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Tests.Periods;

public class QuarterTests
{
    [Theory]
    [InlineData("2026-Q4")]
    [InlineData("2026Q4")]
    [InlineData("q4 2026")]
    [InlineData("FY2026 Q4")]
    [InlineData("FY26-Q4")]
    [InlineData(" 2026-q4 ")]
    public void Reads_the_common_ways_of_writing_a_quarter(string text)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(2026, 4), quarter);
        Assert.Equal("2026-Q4", quarter.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("Q4")]
    [InlineData("last quarter")]
    public void Rejects_text_that_is_not_a_quarter(string text)
    {
        Assert.False(Quarter.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => Quarter.Parse(text));
        Assert.Equal($"'{text}' is not a quarter. Write it like 2026-Q4.", error.Message);
    }

    [Fact]
    public void Steps_across_fiscal_years()
    {
        Assert.Equal(new Quarter(2027, 1), new Quarter(2026, 4).Next());
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous());
        Assert.True(new Quarter(2026, 4) < new Quarter(2027, 1));
    }
}
