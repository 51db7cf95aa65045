using System.Globalization;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews;

/// <summary><c>review me</c>: one person's key results with latest value, progress, score and trend.</summary>
public static class MyKeyResultsReport
{
    public static MessageReply Build(QuarterData data, Member member, int currentWeek, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(member);
        var mine = data.Standings().Where(s => s.KeyResult.OwnerMemberId == member.Id).ToList();
        if (mine.Count == 0)
        {
            return new MessageReply
            {
                Headline = $"You own no key results in {data.Quarter}.",
                Context = ["Your manager adds them with review okrs or the team's OKR file."],
            };
        }

        var facts = mine.Select(s =>
        {
            var kr = s.KeyResult;
            var latest = s.Latest is null
                ? "no check-in yet"
                : $"{ValueFormatter.Format(s.Score.Actual, kr.Unit, culture)} in week {s.Latest.WeekNumber}";
            return new Fact(
                kr.Title,
                $"{latest} · target {ValueFormatter.Format(kr.Target, kr.Unit, culture)} · progress {s.Score.Progress.ToString("P0", culture)} · score {s.Score.Score.ToString("0.00", culture)} {ScoreChip.Of(s.Score.Color)} · trend {Trend.Sparkline(s)}{(s.Latest is { Confidence: not Confidence.OnTrack } l ? $" · {ConfidenceText.Label(l.Confidence, culture).ToLowerInvariant()}" : "")}");
        }).ToList();
        var checkedIn = data.CheckIns.Any(c => c.AuthorMemberId == member.Id && c.WeekNumber == currentWeek);
        return new MessageReply
        {
            Headline = $"Your key results · {data.Quarter}, week {currentWeek}",
            Sections = [Section.WithFacts(null, facts)],
            Context = [checkedIn ? "You have checked in this week; checking in again replaces this week's values." : "You have not checked in this week yet."],
            Buttons = checkedIn ? [] : [new Button("Check in", ActionIds.OpenCheckIn, Style: ButtonStyle.Primary)],
        };
    }
}
