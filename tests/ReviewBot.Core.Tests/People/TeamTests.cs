using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Tests.People;

public class TeamTests
{
    private static Team Make() => new()
    {
        Id = "t",
        WorkspaceId = "w",
        Key = "export-sales",
        Name = "Export Sales",
        TimeZoneId = "Asia/Shanghai",
        ReportingCurrency = "USD",
        CheckIn = new CheckInSchedule(DayOfWeek.Friday, new TimeOnly(16, 0)),
        ExchangeRates = new ExchangeRateTable([new ExchangeRate(new Quarter(2026, 4), "EUR", 1.16m)]),
        Holidays = [new Holiday("US", new DateOnly(2026, 11, 26), "Thanksgiving"), new Holiday("Europe", new DateOnly(2026, 12, 25), "Christmas Day")],
        SummaryChannels = [new SummaryChannel(ChatPlatform.Slack, "C1")],
    };

    [Fact]
    public void Two_loads_of_the_same_team_are_the_same_whatever_the_order_of_their_settings()
    {
        var a = Make();
        var b = Make() with { Holidays = [.. a.Holidays.Reverse()], ExchangeRates = new ExchangeRateTable(a.ExchangeRates.Rates.ToList()) };

        Assert.True(a.SameAs(b));
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_changed_rate_holiday_or_channel_makes_a_different_team()
    {
        var a = Make();

        Assert.False(a.SameAs(a with { ExchangeRates = new ExchangeRateTable([new ExchangeRate(new Quarter(2026, 4), "EUR", 1.17m)]) }));
        Assert.False(a.SameAs(a with { Holidays = [a.Holidays[0]] }));
        Assert.False(a.SameAs(a with { SummaryChannels = [new SummaryChannel(ChatPlatform.Slack, "C2")] }));
        Assert.False(a.SameAs(a with { Name = "Other" }));
    }

    [Fact]
    public void A_team_reads_in_american_english_unless_it_says_otherwise_and_a_changed_locale_makes_a_different_team()
    {
        var a = Make();

        Assert.Equal("en-US", a.Locale);
        Assert.False(a.SameAs(a with { Locale = "en-GB" }));
        Assert.True((a with { Locale = "de-DE" }).SameAs(Make() with { Locale = "de-DE" }));
    }

    [Fact]
    public void Knows_a_markets_public_holidays()
    {
        var team = Make();

        Assert.True(team.IsHoliday("us", new DateOnly(2026, 11, 26)));
        Assert.False(team.IsHoliday("Europe", new DateOnly(2026, 11, 26)));
    }
}
