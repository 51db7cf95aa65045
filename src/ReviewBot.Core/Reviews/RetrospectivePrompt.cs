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
            Headline = $"{CheckInPrompt.FirstName(member)}, time for your {data.Quarter} retrospective",
            Sections =
            [
                Section.WithFacts($"Your key results in {data.Quarter}", CheckInPrompt.KeyResultFacts(data, member, culture)),
                Section.Paragraph("Three things close the quarter: the final value of each key result, why it ended where it did, and what worked and what to change next quarter. Your answers go into the team's quarter review."),
            ],
            Context = [$"Open until {DateText.Weekday(openUntil, culture)}. Answering again replaces your earlier answers."],
            Buttons = [new Button("Open the retrospective", ActionIds.OpenRetrospective, Style: ButtonStyle.Primary), new Button("Answer here, one at a time", ActionIds.RetrospectiveByText)],
            ToMemberId = member.Id,
        };
    }
}
