using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

public class TextDialogTests
{
    private readonly TestTeam _team = new();

    [Fact]
    public async Task A_complete_text_dialog_asks_one_key_result_at_a_time_and_records_like_the_form()
    {
        var start = await _team.SayAsync(_team.Andy, "review checkin text");
        Assert.Equal("US revenue (1 of 5)", Assert.IsType<MessageReply>(start[^1]).Headline);

        Assert.Equal("US revenue: confidence (2 of 5)", (await _team.SayAsync(_team.Andy, "14.2M")).Message().Headline);
        Assert.Equal("Storefront conversion (3 of 5)", (await _team.SayAsync(_team.Andy, "at risk: two orders slipped")).Message().Headline);
        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "2.6%")).Message().Headline);
        Assert.Equal("5 of 5", (await _team.SayAsync(_team.Andy, "on track")).Message().Headline);
        var done = (await _team.SayAsync(_team.Andy, "Customs paperwork")).Message();

        Assert.Equal("Checked in for week 8.", done.Headline);
        var revenue = _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-us-revenue");
        Assert.Equal((14_200_000m, Confidence.AtRisk, "two orders slipped", "Customs paperwork"), (revenue.Value, revenue.Confidence, revenue.Comment, revenue.Blockers));
        Assert.Equal(2.6m, _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-conversion").Value);
        Assert.Null(await _team.Store.DialogAsync(TestTeam.WorkspaceId, "andy", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unreadable_answer_is_explained_and_the_same_question_asked_again()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");

        var replies = await _team.SayAsync(_team.Andy, "lots");

        Assert.Equal("I couldn't read 'lots' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", Assert.IsType<MessageReply>(replies[0]).Sections[0].Text);
        Assert.Equal("US revenue (1 of 5)", Assert.IsType<MessageReply>(replies[1]).Headline);
        Assert.Equal("US revenue: confidence (2 of 5)", (await _team.SayAsync(_team.Andy, "14M")).Message().Headline);
    }

    [Fact]
    public async Task Skip_leaves_a_key_result_out_and_back_returns_to_it()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");

        Assert.Equal("Storefront conversion (3 of 5)", (await _team.SayAsync(_team.Andy, "skip")).Message().Headline);
        Assert.Equal("US revenue (1 of 5)", (await _team.SayAsync(_team.Andy, "back")).Message().Headline);
        Assert.Equal("US revenue: confidence (2 of 5)", (await _team.SayAsync(_team.Andy, "10M")).Message().Headline);
        await _team.SayAsync(_team.Andy, "on track");
        Assert.Equal("5 of 5", (await _team.SayAsync(_team.Andy, "skip")).Message().Headline);
        await _team.SayAsync(_team.Andy, "none");

        Assert.Equal(10_000_000m, Assert.Single(_team.Store.CheckIns).Value);
    }

    [Fact]
    public async Task Same_keeps_the_last_value()
    {
        _team.CheckedIn(_team.Andy, _team.Conversion, 7, 2.45m);
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "skip");

        await _team.SayAsync(_team.Andy, "same");
        await _team.SayAsync(_team.Andy, "on track");
        await _team.SayAsync(_team.Andy, "none");

        Assert.Equal(2.45m, _team.Store.CheckIns.Last().Value);
        Assert.Equal(8, _team.Store.CheckIns.Last().WeekNumber);
    }

    [Fact]
    public async Task Cancel_ends_the_dialog_and_saves_nothing()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "14M");

        var reply = (await _team.SayAsync(_team.Andy, "cancel")).Message();

        Assert.Equal("Weekly check-in cancelled; nothing was saved.", reply.Headline);
        Assert.Empty(_team.Store.CheckIns);
        Assert.Equal("I answer review commands: type review help to see yours.", (await _team.SayAsync(_team.Andy, "on track")).Message().Headline);
    }

    [Fact]
    public async Task A_host_restart_in_the_middle_of_a_dialog_continues_where_it_was()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "14M");

        _team.Restart();

        Assert.Equal("Storefront conversion (3 of 5)", (await _team.SayAsync(_team.Andy, "off track: fewer deals than hoped")).Message().Headline);
        await _team.SayAsync(_team.Andy, "skip");
        await _team.SayAsync(_team.Andy, "none");
        var revenue = Assert.Single(_team.Store.CheckIns);
        Assert.Equal((14_000_000m, Confidence.OffTrack), (revenue.Value, revenue.Confidence));
    }

    [Fact]
    public async Task Asking_for_the_text_check_in_again_repeats_the_open_question()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "14M");

        var replies = await _team.PressAsync(_team.Andy, ActionIds.CheckInByText);

        Assert.Equal("Picking up where you left off.", Assert.IsType<MessageReply>(replies[0]).Headline);
        Assert.Equal("US revenue: confidence (2 of 5)", Assert.IsType<MessageReply>(replies[1]).Headline);
    }

    [Fact]
    public async Task A_command_in_the_middle_of_a_dialog_is_answered_and_the_dialog_stays_open()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");

        Assert.StartsWith("Your key results", (await _team.SayAsync(_team.Andy, "review me")).Message().Headline, StringComparison.Ordinal);
        Assert.Equal("US revenue: confidence (2 of 5)", (await _team.SayAsync(_team.Andy, "14M")).Message().Headline);
    }

    [Fact]
    public async Task Skipping_everything_saves_nothing_and_says_so()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "skip");
        await _team.SayAsync(_team.Andy, "skip");

        var reply = (await _team.SayAsync(_team.Andy, "none")).Message();

        Assert.Equal("Nothing was saved.", reply.Headline);
        Assert.Contains("Fill in at least one key result (or type same to keep a value as it was).", reply.Context);
        Assert.Empty(_team.Store.CheckIns);
    }

    [Fact]
    public async Task A_wrong_confidence_is_explained()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "14M");

        var replies = await _team.SayAsync(_team.Andy, "maybe");

        Assert.Equal("'maybe' is not a confidence. Type on track, at risk or off track, optionally followed by a colon and a comment.", Assert.IsType<MessageReply>(replies[0]).Sections[0].Text);
    }

    [Fact]
    public async Task A_dialog_left_open_past_its_week_expires_instead_of_writing_into_a_closed_week()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "14M");
        _team.Time.Advance(TimeSpan.FromDays(14));

        var reply = (await _team.SayAsync(_team.Andy, "on track")).Message();

        Assert.Equal("Your weekly check-in for 2026-Q4 week 8 has closed; nothing was saved.", reply.Headline);
        Assert.Empty(_team.Store.CheckIns);
        Assert.Null(await _team.Store.DialogAsync(TestTeam.WorkspaceId, "andy", TestContext.Current.CancellationToken));
    }
}
