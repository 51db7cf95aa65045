using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Values;

namespace ReviewBot.Core.Reviews;

/// <summary>The prompt for the quarter retrospective: key results as they stand, what it asks, and until when it is open.</summary>
public static class RetrospectivePrompt
{
    public static MessageReply Build(QuarterData data, Member member, DateOnly openUntil, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(member);
        return new MessageReply
        {
            Headline = CheckInPromptText.TimeForYourRetrospective(culture, CheckInPrompt.FirstName(member), data.Quarter.ToString()),
            Sections =
            [
                Section.WithFacts(CheckInPromptText.YourKeyResultsIn(culture, data.Quarter.ToString()), CheckInPrompt.KeyResultFacts(data, member, culture)),
                Section.Paragraph(CheckInPromptText.WhatTheRetrospectiveAsks(culture)),
            ],
            Context = [CheckInPromptText.RetrospectiveOpenUntil(culture, DateText.Weekday(openUntil, culture))],
            Buttons =
            [
                new Button(CheckInPromptText.OpenRetrospectiveButton(culture), ActionIds.OpenRetrospective, Style: ButtonStyle.Primary),
                new Button(CheckInPromptText.AnswerHereButton(culture), ActionIds.RetrospectiveByText),
            ],
            ToMemberId = member.Id,
        };
    }
}
