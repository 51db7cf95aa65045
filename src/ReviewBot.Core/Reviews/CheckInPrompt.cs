using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
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
    public static string WhatItTakes(CultureInfo culture) => CheckInPromptText.WhatItTakes(culture);

    /// <summary>The two ways to answer a check-in, on every prompt, reminder and nudge.</summary>
    public static IReadOnlyList<Button> Buttons(CultureInfo culture) =>
    [
        new Button(CheckInPromptText.CheckInButton(culture), ActionIds.OpenCheckIn, Style: ButtonStyle.Primary),
        new Button(CheckInPromptText.AnswerHereButton(culture), ActionIds.CheckInByText),
    ];

    public static MessageReply Build(QuarterData data, Member member, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        return Prompt(data, member, week, culture, CheckInPromptText.TimeForYourCheckIn(culture, FirstName(member), week.Number));
    }

    /// <summary>The prompt again for someone who has not answered: still open, and until which local day.</summary>
    public static MessageReply Reminder(QuarterData data, Member member, CheckInWeek week, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(week);
        var closes = DateText.Weekday(week.LastDay, culture);
        return Prompt(data, member, week, culture, CheckInPromptText.CheckInStillOpen(culture, FirstName(member), week.Number, closes));
    }

    /// <summary>A member's key results in the quarter as they stand: latest value against target, or the target alone.</summary>
    public static IReadOnlyList<Fact> KeyResultFacts(QuarterData data, Member member, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(member);
        return
        [
            .. data.Standings().Where(s => s.KeyResult.OwnerMemberId == member.Id).Select(s => new Fact(s.KeyResult.Title, Standing(s, culture))),
        ];
    }

    private static string Standing(KeyResultStanding standing, CultureInfo culture)
    {
        var kr = standing.KeyResult;
        var target = ValueFormatter.Format(kr.Target, kr.Unit, culture);
        if (standing.Latest is not { } latest)
        {
            return CheckInPromptText.TargetWithoutCheckIn(culture, target);
        }

        var actual = ValueFormatter.Format(standing.Score.Actual, kr.Unit, culture);
        // A milestone is done or not: "done of done" would say nothing more.
        return kr.Unit is MilestoneUnit
            ? CheckInPromptText.MilestoneLatest(culture, actual, latest.WeekNumber)
            : CheckInPromptText.LatestOfTarget(culture, actual, target, latest.WeekNumber);
    }

    public static string FirstName(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Name.Split(' ')[0];
    }

    private static MessageReply Prompt(QuarterData data, Member member, CheckInWeek week, CultureInfo culture, string headline) => new()
    {
        Headline = headline,
        Sections = [Section.WithFacts(CheckInPromptText.YourKeyResultsIn(culture, week.Quarter.ToString()), KeyResultFacts(data, member, culture))],
        Context = [CheckInPromptText.WhatItTakesAndUntilWhen(culture)],
        Buttons = Buttons(culture),
        ToMemberId = member.Id,
    };
}
