using System.Globalization;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// How a reminder reaches a member. Where the week's prompt went out and its message can be found, the
/// reminder rewrites that message in place, so one message holds the form, and then nudges in one line, since
/// an edited message notifies nobody. Otherwise the reminder is a prompt of its own.
/// </summary>
public static class ReminderDelivery
{
    /// <summary>The key of the prompt the reminder follows up: the member's prompt of the same week.</summary>
    public static string PromptKey(ScheduledDelivery reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (reminder.MemberId is not { } memberId || reminder.Quarter is not { } quarter)
        {
            throw new ArgumentException("A reminder names its member and quarter.", nameof(reminder));
        }

        return DeliveryKeys.Prompt(memberId, quarter, reminder.WeekNumber ?? 0);
    }

    /// <summary>The prompt's message to rewrite; null when there is none to edit and the reminder goes as a prompt of its own.</summary>
    public static SentMessage? PromptToRewrite(ScheduledDelivery? prompt) =>
        prompt?.MemberMessage;

    /// <summary>
    /// The one-line message after the rewrite, which notifies the member where the edit does not; in
    /// <paramref name="culture"/>, the member's, as the reminder it repeats the headline of.
    /// </summary>
    public static MessageReply Nudge(MessageReply reminder, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return new()
        {
            Headline = reminder.Headline,
            Context = [SchedulingText.CheckInIsInTheMessageAbove(culture)],
            ToMemberId = reminder.ToMemberId,
        };
    }
}
