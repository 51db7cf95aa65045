using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews;

/// <summary>The weekly prompt a member receives: their key results as they stand, and the ways to answer.</summary>
public static class CheckInPrompt
{
    public static MessageReply Build(QuarterData data, Member member, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        var mine = data.Standings().Where(s => s.KeyResult.OwnerMemberId == member.Id).ToList();
        var facts = mine.Select(s => new Fact(
            s.KeyResult.Title,
            s.Latest is null
                ? $"target {ValueFormatter.Format(s.KeyResult.Target, s.KeyResult.Unit, culture)} · no check-in yet"
                : $"{ValueFormatter.Format(s.Score.Actual, s.KeyResult.Unit, culture)} of {ValueFormatter.Format(s.KeyResult.Target, s.KeyResult.Unit, culture)} · last in week {s.Latest.WeekNumber}")).ToList();
        return new MessageReply
        {
            Headline = $"{member.Name.Split(' ')[0]}, time for your week {week.Number} check-in",
            Sections = [Section.WithFacts($"Your key results in {week.Quarter}", facts)],
            Context = ["A minute is enough: each value, how confident you are, and any blockers. You can change it until the week ends."],
            Buttons = [new Button("Check in", ActionIds.OpenCheckIn, Style: ButtonStyle.Primary), new Button("Answer here, one at a time", ActionIds.CheckInByText)],
            ToMemberId = member.Id,
        };
    }
}
