using ReviewBot.Core.Periods;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.People;

/// <summary>A sales team and the settings its review rhythm runs on.</summary>
public sealed record Team
{
    public required string Id { get; init; }

    public required string WorkspaceId { get; init; }

    /// <summary>The operator's stable name for the team, used by imports to find it again.</summary>
    public required string Key { get; init; }

    public required string Name { get; init; }

    /// <summary>IANA time zone id in which the team's quarters begin and end.</summary>
    public required string TimeZoneId { get; init; }

    public int FiscalYearStartMonth { get; init; } = 1;

    /// <summary>ISO 4217 code that currency key results are rolled up into.</summary>
    public required string ReportingCurrency { get; init; }

    /// <summary>
    /// BCP 47 name of the culture the team's channel reads in: the quarter review and the digest are
    /// written for the whole team, so they follow the team, not whoever asked for them.
    /// </summary>
    public string Locale { get; init; } = "en-US";

    /// <summary>
    /// The market whose public holidays are the team's own, for what goes to the whole team (the quarter review);
    /// null when the team has none, and a day is then a holiday for the team when it is one in every member's market.
    /// </summary>
    public string? Market { get; init; }

    public required CheckInSchedule CheckIn { get; init; }

    public ExchangeRateTable ExchangeRates { get; init; } = ExchangeRateTable.Empty;

    public IReadOnlyList<Holiday> Holidays { get; init; } = [];

    public IReadOnlyList<SummaryChannel> SummaryChannels { get; init; } = [];

    /// <summary>When members are asked to plan next quarter; they can always start with <c>review plan</c>.</summary>
    public PlanningPrompt PlanningPrompt { get; init; } = PlanningPrompt.AfterRetrospective;

    public FiscalCalendar Calendar => new(FiscalYearStartMonth);

    /// <summary>
    /// Equal in every field and setting. The record's own equality compares the settings lists by
    /// reference, so two loads of the same team would differ.
    /// </summary>
    public bool SameAs(Team other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with { ExchangeRates = other.ExchangeRates, Holidays = other.Holidays, SummaryChannels = other.SummaryChannels } == other
            && ExchangeRates.Rates.SequenceEqual(other.ExchangeRates.Rates)
            && Holidays.OrderBy(h => (h.Date, h.Market)).SequenceEqual(other.Holidays.OrderBy(h => (h.Date, h.Market)))
            && SummaryChannels.OrderBy(c => c.Platform).SequenceEqual(other.SummaryChannels.OrderBy(c => c.Platform));
    }

    /// <summary>
    /// A day the team as a whole works: not a weekend, and not a public holiday of <see cref="Market"/>, or without
    /// one, not a day that is a holiday in the market of every one of <paramref name="members"/>.
    /// </summary>
    public bool IsWorkingDay(DateOnly date, IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        if (Market is { } market)
        {
            return !IsHoliday(market, date);
        }

        var markets = members.Select(m => m.Market).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return markets.Count == 0 || !markets.All(m => IsHoliday(m, date));
    }

    public bool IsHoliday(string market, DateOnly date) =>
        Holidays.Any(h => h.Date == date && string.Equals(h.Market, market, StringComparison.OrdinalIgnoreCase));
}
