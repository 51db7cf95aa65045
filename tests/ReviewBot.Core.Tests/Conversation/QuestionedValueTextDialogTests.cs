using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

public class QuestionedValueTextDialogTests
{
    private const string Question950 = "950% is far above the 0–100% a percentage can be. Did you mean 9.5%? Reply yes to keep 950%, or type the value again.";

    private readonly TestTeam _team = new();

    /// <summary>Opens the text check-in and answers US revenue, so the next question is the conversion rate.</summary>
    private async Task AtConversionAsync()
    {
        await _team.SayAsync(_team.Andy, "review checkin text");
        await _team.SayAsync(_team.Andy, "14.2M");
        await _team.SayAsync(_team.Andy, "on track");
    }

    [Fact]
    public async Task A_percentage_of_950_is_questioned_and_yes_keeps_it()
    {
        await AtConversionAsync();

        var question = (await _team.SayAsync(_team.Andy, "950")).Message();
        Assert.Equal("Storefront conversion: did you mean 9.5%?", question.Headline);
        Assert.Equal(Question950, question.Sections[0].Text);
        Assert.Empty(_team.Store.CheckIns);

        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "yes")).Message().Headline);
        await _team.SayAsync(_team.Andy, "on track");
        var done = (await _team.SayAsync(_team.Andy, "none")).Message();

        Assert.Equal("Checked in for week 8.", done.Headline);
        Assert.Equal(950m, _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-conversion").Value);
        Assert.Equal(1, _team.Store.RecordCalls);
    }

    [Fact]
    public async Task A_corrected_value_is_taken_instead()
    {
        await AtConversionAsync();
        await _team.SayAsync(_team.Andy, "950");

        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "9.5")).Message().Headline);
        await _team.SayAsync(_team.Andy, "on track");
        await _team.SayAsync(_team.Andy, "none");

        Assert.Equal(9.5m, _team.Store.CheckIns.Single(c => c.KeyResultId == "kr-conversion").Value);
    }

    [Fact]
    public async Task Typing_the_same_value_again_keeps_it_and_a_new_doubtful_one_is_asked_about_afresh()
    {
        await AtConversionAsync();
        await _team.SayAsync(_team.Andy, "950");

        var afresh = (await _team.SayAsync(_team.Andy, "9500")).Message();
        Assert.StartsWith("9,500% is far above the 0–100% a percentage can be.", afresh.Sections[0].Text, StringComparison.Ordinal);

        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "9500")).Message().Headline);
    }

    [Fact]
    public async Task A_plausible_value_is_taken_without_any_question()
    {
        await AtConversionAsync();

        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "2.6%")).Message().Headline);
    }

    [Fact]
    public async Task Skip_back_and_cancel_still_work_while_a_value_is_questioned_and_it_is_asked_about_only_once()
    {
        await AtConversionAsync();
        await _team.SayAsync(_team.Andy, "950");
        Assert.Equal("5 of 5", (await _team.SayAsync(_team.Andy, "skip")).Message().Headline);
        Assert.Equal("Storefront conversion (3 of 5)", (await _team.SayAsync(_team.Andy, "back")).Message().Headline);
        await _team.SayAsync(_team.Andy, "9000");
        Assert.Equal("US revenue: confidence (2 of 5)", (await _team.SayAsync(_team.Andy, "back")).Message().Headline);
        await _team.SayAsync(_team.Andy, "on track");
        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "9000")).Message().Headline);
        await _team.SayAsync(_team.Andy, "back");
        Assert.StartsWith("90,000% is far above", (await _team.SayAsync(_team.Andy, "90000")).Message().Sections[0].Text, StringComparison.Ordinal);

        var cancelled = (await _team.SayAsync(_team.Andy, "cancel")).Message();

        Assert.Equal("Weekly check-in cancelled; nothing was saved.", cancelled.Headline);
        Assert.Empty(_team.Store.CheckIns);
        Assert.Equal(0, _team.Store.RecordCalls);
    }

    [Fact]
    public async Task A_restart_while_a_value_is_questioned_asks_the_same_question()
    {
        await AtConversionAsync();
        await _team.SayAsync(_team.Andy, "950");
        _team.Restart();

        var replies = await _team.SayAsync(_team.Andy, "review checkin text");

        Assert.Equal("Picking up where you left off.", Assert.IsType<MessageReply>(replies[0]).Headline);
        Assert.Equal(Question950, Assert.IsType<MessageReply>(replies[1]).Sections[0].Text);
        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "keep")).Message().Headline);
    }

    [Fact]
    public async Task Yes_without_a_question_is_not_a_value()
    {
        await AtConversionAsync();

        var replies = await _team.SayAsync(_team.Andy, "yes");

        Assert.Equal("That didn't work", Assert.IsType<MessageReply>(replies[0]).Headline);
    }

    [Fact]
    public async Task A_running_total_below_last_weeks_is_questioned_in_the_readers_notation()
    {
        var priya = QuestionedValueFormTests.IndianMember(_team);
        _team.CheckedIn(priya, QuestionedValueFormTests.IndiaRevenue, 7, 12_000_000m);
        await _team.SayAsync(priya, "review checkin text");

        var question = (await _team.SayAsync(priya, "12 lakh")).Message();

        Assert.Equal("India revenue: did you mean ₹1.2 Cr?", question.Headline);
        Assert.Equal("₹12 L is lower than the ₹1.2 Cr you reported in week 7, and a running total like 'India revenue' only goes up. Did you mean ₹1.2 Cr? Reply yes to keep ₹12 L, or type the value again.", question.Sections[0].Text);
        Assert.Equal("India revenue: confidence (2 of 5)", (await _team.SayAsync(priya, "1.2 Cr")).Message().Headline);
    }

    [Fact]
    public async Task A_value_a_form_asked_about_is_not_asked_about_again_in_the_text_dialog()
    {
        var form = (await _team.SayAsync(_team.Andy, "review checkin")).Form();
        await _team.SubmitAsync(_team.Andy, form.FormId, new Dictionary<string, string>
        {
            [Dialogs.FormIds.Value("kr-conversion", "progress")] = "950",
            [Dialogs.FormIds.Confidence("kr-conversion", "progress")] = "on-track",
        });
        await AtConversionAsync();

        Assert.Equal("Storefront conversion: confidence (4 of 5)", (await _team.SayAsync(_team.Andy, "950")).Message().Headline);
    }
}
