using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Scheduling;

public class ReminderDeliveryTests
{
    [Fact]
    public void A_reminder_follows_up_the_same_members_prompt_of_the_same_week()
    {
        var reminder = DeliveryDeadlineTests.Delivery(DeliveryKind.Reminder, "andy", 3);

        Assert.Equal(DeliveryKeys.Prompt("andy", new Quarter(2026, 4), 3), ReminderDelivery.PromptKey(reminder));
    }

    [Fact]
    public void A_prompt_that_went_out_with_its_message_kept_is_rewritten()
    {
        var prompt = DeliveryDeadlineTests.Delivery(DeliveryKind.WeeklyPrompt, "andy", 3) with { State = DeliveryState.Sent, MemberMessage = new SentMessage("D123|1700000000.000100") };

        Assert.Equal(new SentMessage("D123|1700000000.000100"), ReminderDelivery.PromptToRewrite(prompt));
    }

    [Fact]
    public void Without_a_prompt_message_to_edit_the_reminder_is_a_prompt_of_its_own()
    {
        var unsent = DeliveryDeadlineTests.Delivery(DeliveryKind.WeeklyPrompt, "andy", 3);

        Assert.Null(ReminderDelivery.PromptToRewrite(null));
        Assert.Null(ReminderDelivery.PromptToRewrite(unsent));
    }

    [Fact]
    public void The_nudge_after_a_rewrite_is_one_line_to_the_same_person_under_the_same_headline()
    {
        var reminder = new MessageReply
        {
            Headline = "Reminder: week 3 check-in",
            Sections = [Section.Paragraph("Revenue, US market")],
            Buttons = [new Button("Check in", ActionIds.OpenCheckIn)],
            ToMemberId = "andy",
        };

        var nudge = ReminderDelivery.Nudge(reminder, CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal("Reminder: week 3 check-in", nudge.Headline);
        Assert.Equal("andy", nudge.ToMemberId);
        Assert.Equal(["The check-in is in the message above."], nudge.Context);
        Assert.Empty(nudge.Sections);
        Assert.Empty(nudge.Buttons);
    }

    [Fact]
    public void The_nudge_after_a_rewrite_is_in_the_members_language()
    {
        var reminder = new MessageReply { Headline = "Andy，你第 8 周的填报还开着", ToMemberId = "andy" };

        var nudge = ReminderDelivery.Nudge(reminder, CultureInfo.GetCultureInfo("zh-CN"));

        LanguageAssert.Chinese(nudge.Headline + "\n" + string.Join('\n', nudge.Context), "Andy");
        Assert.Equal(["填报就在上面那条消息里。"], nudge.Context);
    }
}
