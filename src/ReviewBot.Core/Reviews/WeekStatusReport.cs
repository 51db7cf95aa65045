using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
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

    public static MessageReply Build(QuarterData data, CheckInWeek week, CultureInfo culture) => Build(data, week, culture, [], []);

    /// <param name="leaves">The team's leave: those away in the week are shown as on leave, not as missing.</param>
    /// <param name="problems">Scheduled messages of the week that did not arrive.</param>
    public static MessageReply Build(QuarterData data, CheckInWeek week, CultureInfo culture, IReadOnlyList<Leave> leaves, IReadOnlyList<DeliveryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(week);
        var standings = data.Standings();
        var sections = new List<Section>
        {
            CheckInsSection(data, week, culture, leaves),
            AtRiskSection(standings, culture),
            MoversSection(standings, week, culture),
        };
        if (DeliveryProblemsSection.Build(DeliveryProblemsSection.Of(problems, week), data.Team, data.Members, culture) is { } undelivered)
        {
            sections.Add(undelivered);
        }

        return new MessageReply
        {
            Headline = Headline(data, week, culture),
            Sections = sections,
            Context = [NotYet(data, week, leaves).Count > 0 ? WeekStatusText.TypeRemindToNudge(culture) : WeekStatusText.TypeQuarterForTheQuarterSoFar(culture)],
        };
    }

    public static string Headline(QuarterData data, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(week);
        return WeekStatusText.WeekHeadline(culture, data.Team.Name, week.Number, data.Quarter.ToString(), DateText.Range(week.FirstDay, week.LastDay, culture));
    }

    /// <summary>Who checked in, who has not yet, and who is away on leave in the week.</summary>
    public static Section CheckInsSection(QuarterData data, CheckInWeek week, CultureInfo culture, IReadOnlyList<Leave> leaves)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(leaves);
        var owners = Owners(data);
        var missing = NotCheckedIn(data, week).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var done = owners.Where(m => !missing.Contains(m.Id)).ToList();
        var away = owners.Where(m => missing.Contains(m.Id) && OnLeave(m, week, leaves) is not null).ToList();
        var notDone = NotYet(data, week, leaves);

        var people = new List<Fact>
        {
            new(
                WeekStatusText.CheckedIn(culture, done.Count, owners.Count),
                done.Count == 0 ? WeekStatusText.NobodyYet(culture) : ReaderPunctuation.Names(done.Select(m => m.Name), culture)),
            new(
                WeekStatusText.NotYet(culture),
                notDone.Count == 0
                    ? (away.Count == 0 ? WeekStatusText.EveryoneHasCheckedIn(culture) : WeekStatusText.NobodyElse(culture))
                    : ReaderPunctuation.Names(notDone.Select(m => OnHoliday(data.Team, m, week) is { } holiday ? WeekStatusText.OnHoliday(culture, m.Name, holiday) : m.Name), culture)),
        };
        if (away.Count > 0)
        {
            people.Add(new(
                WeekStatusText.OnLeave(culture),
                ReaderPunctuation.Names(away.Select(m => WeekStatusText.OnLeaveUntil(culture, m.Name, DateText.Day(OnLeave(m, week, leaves)!.LastDay, culture))), culture)));
        }

        return Section.WithFacts(WeekStatusText.CheckIns(culture), people);
    }

    public static Section AtRiskSection(IReadOnlyList<KeyResultStanding> standings, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(standings);
        var atRisk = standings
            .Where(s => s.Latest is { } latest && latest.Confidence != Confidence.OnTrack)
            .OrderBy(s => s.Latest!.Confidence == Confidence.OffTrack ? 0 : 1)
            .Select(s => new Fact(KeyResultLabel(s, culture), AtRiskValue(s, s.Latest!, culture)))
            .ToList();
        return atRisk.Count == 0
            ? Section.Of(WeekStatusText.AtRiskOrOffTrack(culture), WeekStatusText.NothingAtRisk(culture))
            : Section.WithFacts(WeekStatusText.AtRiskOrOffTrack(culture), atRisk);
    }

    public static Section MoversSection(IReadOnlyList<KeyResultStanding> standings, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(standings);
        ArgumentNullException.ThrowIfNull(week);
        var movers = standings
            // Rounded as shown, so the change printed is the difference of the two scores printed.
            .Select(s => (Standing: s, Before: Math.Round(s.ScoreAsOf(week.Number - 1), 2), Now: Math.Round(s.ScoreAsOf(week.Number), 2)))
            .Where(m => m.Now != m.Before && m.Standing.Weekly.Any(c => c.WeekNumber == week.Number))
            .OrderByDescending(m => Math.Abs(m.Now - m.Before))
            .Take(TopMovers)
            .Select(m => new Fact(
                KeyResultLabel(m.Standing, culture),
                WeekStatusText.ScoreMoved(culture, m.Before.ToString("0.00", culture), m.Now.ToString("0.00", culture), (m.Now > m.Before ? "+" : "") + (m.Now - m.Before).ToString("0.00", culture))))
            .ToList();
        return movers.Count == 0
            ? Section.Of(WeekStatusText.BiggestMovers(culture), WeekStatusText.NoMovers(culture))
            : Section.WithFacts(WeekStatusText.BiggestMovers(culture), movers);
    }

    private static string KeyResultLabel(KeyResultStanding standing, CultureInfo culture) =>
        ReaderPunctuation.Parenthesized(standing.KeyResult.Title, standing.Owner?.Name ?? WeekStatusText.Team(culture), culture);

    /// <summary>"at risk in week 7 · US$1.2M of US$2.47M · “two accounts slipped”": the confidence, the figures, the owner's words.</summary>
    private static string AtRiskValue(KeyResultStanding standing, CheckIn latest, CultureInfo culture)
    {
        var kr = standing.KeyResult;
        var actual = ValueFormatter.Format(standing.Score.Actual, kr.Unit, culture);
        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        var figures = latest.Confidence == Confidence.AtRisk
            ? WeekStatusText.AtRiskInWeek(culture, latest.WeekNumber, actual, target)
            : WeekStatusText.OffTrackInWeek(culture, latest.WeekNumber, actual, target);
        return latest.Comment is { } comment ? $"{figures} · “{comment}”" : figures;
    }

    /// <summary>The name of the public holiday the member's market has this week, if any.</summary>
    public static string? OnHoliday(Team team, Member member, CheckInWeek week)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        return team.Holidays.FirstOrDefault(h => week.Contains(h.Date) && string.Equals(h.Market, member.Market, StringComparison.OrdinalIgnoreCase))?.Name;
    }

    /// <summary>The member's leave that reaches into the week, the one lasting longest; null when they are not away in it.</summary>
    public static Leave? OnLeave(Member member, CheckInWeek week, IReadOnlyList<Leave> leaves)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(leaves);
        return leaves
            .Where(l => l.MemberId == member.Id && l.FirstDay <= week.LastDay && l.LastDay >= week.FirstDay)
            .MaxBy(l => l.LastDay);
    }

    /// <summary>Those who owe this week's check-in and are not away on leave in it.</summary>
    public static IReadOnlyList<Member> NotYet(QuarterData data, CheckInWeek week, IReadOnlyList<Leave> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var missing = NotCheckedIn(data, week).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return [.. Owners(data).Where(m => missing.Contains(m.Id) && OnLeave(m, week, leaves) is null)];
    }

    private static List<Member> Owners(QuarterData data) =>
        [.. data.Standings().Select(s => s.Owner).OfType<Member>().DistinctBy(m => m.Id).OrderBy(m => m.Name, StringComparer.Ordinal)];
}
