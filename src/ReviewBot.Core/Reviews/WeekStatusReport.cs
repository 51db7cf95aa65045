using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews;

/// <summary>A team's week: who checked in and who did not, key results at risk, the biggest movers since last week.</summary>
public static class WeekStatusReport
{
    private const int TopMovers = 3;

    /// <summary>The members who owe a check-in this week: they own key results and have none this week.</summary>
    public static IReadOnlyList<Member> NotCheckedIn(QuarterData data, CheckInWeek week)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(week);
        var owners = data.Objectives.SelectMany(o => o.KeyResults).Select(k => k.OwnerMemberId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var checkedIn = data.CheckIns.Where(c => c.WeekNumber == week.Number).Select(c => c.AuthorMemberId).ToHashSet(StringComparer.Ordinal);
        return [.. data.Members.Where(m => owners.Contains(m.Id) && !checkedIn.Contains(m.Id))];
    }

    public static MessageReply Build(QuarterData data, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(week);
        var standings = data.Standings();
        var owners = standings.Select(s => s.Owner).OfType<Member>().DistinctBy(m => m.Id).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var missing = NotCheckedIn(data, week).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var done = owners.Where(m => !missing.Contains(m.Id)).ToList();
        var notDone = owners.Where(m => missing.Contains(m.Id)).ToList();

        var people = new List<Fact>
        {
            new($"Checked in ({done.Count} of {owners.Count})", done.Count == 0 ? "nobody yet" : string.Join(", ", done.Select(m => m.Name))),
            new("Not yet", notDone.Count == 0 ? "everyone has checked in" : string.Join(", ", notDone.Select(m => OnHoliday(data.Team, m, week) is { } holiday ? $"{m.Name} (holiday: {holiday})" : m.Name))),
        };

        var atRisk = standings
            .Where(s => s.Latest is { } latest && latest.Confidence != Confidence.OnTrack)
            .OrderBy(s => s.Latest!.Confidence == Confidence.OffTrack ? 0 : 1)
            .Select(s => new Fact(
                $"{s.KeyResult.Title} ({s.Owner?.Name ?? "team"})",
                $"{ConfidenceText.Label(s.Latest!.Confidence).ToLowerInvariant()} in week {s.Latest.WeekNumber} · {ValueFormatter.Format(s.Score.Actual, s.KeyResult.Unit, culture)} of {ValueFormatter.Format(s.KeyResult.Target, s.KeyResult.Unit, culture)}{(s.Latest.Comment is { } c ? $" · “{c}”" : "")}"))
            .ToList();

        var movers = standings
            // Rounded as shown, so the change printed is the difference of the two scores printed.
            .Select(s => (Standing: s, Before: Math.Round(s.ScoreAsOf(week.Number - 1), 2), Now: Math.Round(s.ScoreAsOf(week.Number), 2)))
            .Where(m => m.Now != m.Before && m.Standing.Weekly.Any(c => c.WeekNumber == week.Number))
            .OrderByDescending(m => Math.Abs(m.Now - m.Before))
            .Take(TopMovers)
            .Select(m => new Fact(
                $"{m.Standing.KeyResult.Title} ({m.Standing.Owner?.Name ?? "team"})",
                $"score {m.Before.ToString("0.00", culture)} → {m.Now.ToString("0.00", culture)} ({(m.Now > m.Before ? "+" : "")}{(m.Now - m.Before).ToString("0.00", culture)})"))
            .ToList();

        return new MessageReply
        {
            Headline = $"{data.Team.Name} · week {week.Number} of {data.Quarter} ({week.FirstDay.ToString("d MMM", culture)}–{week.LastDay.ToString("d MMM", culture)})",
            Sections =
            [
                Section.WithFacts("Check-ins", people),
                atRisk.Count == 0 ? Section.Of("At risk or off track", "Nothing: every key result with a check-in is on track.") : Section.WithFacts("At risk or off track", atRisk),
                movers.Count == 0 ? Section.Of("Biggest movers since last week", "No key result moved this week.") : Section.WithFacts("Biggest movers since last week", movers),
            ],
            Context = [notDone.Count > 0 ? "Type review remind to nudge those who have not checked in." : "Type review quarter for the quarter so far."],
        };
    }

    /// <summary>The name of the public holiday the member's market has this week, if any.</summary>
    public static string? OnHoliday(Team team, Member member, CheckInWeek week)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        return team.Holidays.FirstOrDefault(h => week.Contains(h.Date) && string.Equals(h.Market, member.Market, StringComparison.OrdinalIgnoreCase))?.Name;
    }
}
