using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews;

/// <summary>
/// The weekly prompt a member receives: their key results as they stand, and the ways to answer. The
/// reminder is the same prompt with another headline, because the host may put it in the prompt's place.
/// </summary>
public static class CheckInPrompt
{
    /// <summary>What a check-in asks for, in the words every prompt and nudge uses.</summary>
    public const string WhatItTakes = "A minute is enough: each value, how confident you are, and any blockers.";

    /// <summary>The two ways to answer a check-in, on every prompt, reminder and nudge.</summary>
    public static IReadOnlyList<Button> Buttons { get; } =
        [new Button("Check in", ActionIds.OpenCheckIn, Style: ButtonStyle.Primary), new Button("Answer here, one at a time", ActionIds.CheckInByText)];

    public static MessageReply Build(QuarterData data, Member member, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        return Prompt(data, member, week, culture, $"{FirstName(member)}, time for your week {week.Number} check-in", "You can change it until the week ends.");
    }

    /// <summary>The prompt again for someone who has not answered: still open, and until which local day.</summary>
    public static MessageReply Reminder(QuarterData data, Member member, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        var closes = DateText.Weekday(week.LastDay, culture);
        return Prompt(data, member, week, culture, $"{FirstName(member)}, your week {week.Number} check-in is still open until {closes}", "You can change it until the week ends.");
    }

    /// <summary>A member's key results in the quarter as they stand: latest value against target, or the target alone.</summary>
    public static IReadOnlyList<Fact> KeyResultFacts(QuarterData data, Member member, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(member);
        return
        [
            .. data.Standings().Where(s => s.KeyResult.OwnerMemberId == member.Id).Select(s => new Fact(
                s.KeyResult.Title,
                s.Latest is null
                    ? $"target {ValueFormatter.Format(s.KeyResult.Target, s.KeyResult.Unit, culture)} · no check-in yet"
                    : $"{ValueFormatter.Format(s.Score.Actual, s.KeyResult.Unit, culture)} of {ValueFormatter.Format(s.KeyResult.Target, s.KeyResult.Unit, culture)} · last in week {s.Latest.WeekNumber}")),
        ];
    }

    public static string FirstName(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Name.Split(' ')[0];
    }

    private static MessageReply Prompt(QuarterData data, Member member, CheckInWeek week, CultureInfo culture, string headline, string closing) => new()
    {
        Headline = headline,
        Sections = [Section.WithFacts($"Your key results in {week.Quarter}", KeyResultFacts(data, member, culture))],
        Context = [$"{WhatItTakes} {closing}"],
        Buttons = Buttons,
        ToMemberId = member.Id,
    };
}
