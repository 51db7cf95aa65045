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
                Headline = MyKeyResultsText.YouOwnNoKeyResults(culture, data.Quarter.ToString()),
                Context = [MyKeyResultsText.ManagerAddsThem(culture)],
            };
        }

        var facts = mine.Select(s =>
        {
            var kr = s.KeyResult;
            var latest = s.Latest is null
                ? MyKeyResultsText.NoCheckInYet(culture)
                : MyKeyResultsText.LatestInWeek(culture, ValueFormatter.Format(s.Score.Actual, kr.Unit, culture), s.Latest.WeekNumber);
            var standing = MyKeyResultsText.KeyResultStanding(
                culture,
                latest,
                ValueFormatter.Format(kr.Target, kr.Unit, culture),
                s.Score.Progress.ToString("P0", culture),
                s.Score.Score.ToString("0.00", culture),
                ScoreChip.Of(s.Score.Color),
                Trend.Sparkline(s, culture));
            return new Fact(kr.Title, s.Latest?.Confidence switch
            {
                Confidence.AtRisk => $"{standing} · {QuarterReviewText.AtRisk(culture)}",
                Confidence.OffTrack => $"{standing} · {QuarterReviewText.OffTrack(culture)}",
                _ => standing,
            });
        }).ToList();
        var checkedIn = data.CheckIns.Any(c => c.AuthorMemberId == member.Id && c.WeekNumber == currentWeek);
        return new MessageReply
        {
            Headline = MyKeyResultsText.Headline(culture, data.Quarter.ToString(), currentWeek),
            Sections = [Section.WithFacts(null, facts)],
            Context = [checkedIn ? MyKeyResultsText.CheckedInThisWeek(culture) : MyKeyResultsText.NotCheckedInThisWeek(culture)],
            Buttons = checkedIn ? [] : [new Button(CheckInPromptText.CheckInButton(culture), ActionIds.OpenCheckIn, Style: ButtonStyle.Primary)],
        };
    }
}
