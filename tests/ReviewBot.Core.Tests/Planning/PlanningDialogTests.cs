using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Tests.Conversation;
using ReviewBot.Testing.Language;

namespace ReviewBot.Core.Tests.Planning;

public class PlanningDialogTests
{
    private readonly TestTeam _team = PlanningTeam.WithAndysQuarter();

    private async Task<string> SayAsync(string text) => (await _team.SayAsync(_team.Andy, text)).Text();

    [Fact]
    public async Task The_text_dialog_walks_the_carried_key_results_then_new_ones_survives_a_restart_and_saves_at_the_end()
    {
        var opened = await SayAsync("review plan text");
        Assert.Contains("Let's plan 2027-Q1, one key result at a time.", opened, StringComparison.Ordinal);
        Assert.Contains("US revenue: keep it for 2027-Q1?", opened, StringComparison.Ordinal);
        Assert.Contains("reached US$20M of a US$24.7M target", opened, StringComparison.Ordinal);

        Assert.Contains("Where does US revenue start in 2027-Q1?", await SayAsync("keep"), StringComparison.Ordinal);
        Assert.Contains("What is the target for US revenue in 2027-Q1?", await SayAsync("same"), StringComparison.Ordinal);
        var equal = await SayAsync("20M");
        Assert.Contains("The target equals the start (US$20M)", equal, StringComparison.Ordinal);
        Assert.Contains("What is the target for US revenue in 2027-Q1?", equal, StringComparison.Ordinal);
        Assert.Contains("I couldn't read 'plenty'", await SayAsync("plenty"), StringComparison.Ordinal);
        Assert.Contains("Why this target for US revenue?", await SayAsync("30M"), StringComparison.Ordinal);
        Assert.Contains("Storefront conversion: keep it for 2027-Q1?", await SayAsync("Three renewals in January"), StringComparison.Ordinal);
        Assert.Contains("CRM migration is not done: carry it over to 2027-Q1?", await SayAsync("drop"), StringComparison.Ordinal);
        Assert.Contains("A new key result for 2027-Q1? Type its title, or done.", await SayAsync("leave"), StringComparison.Ordinal);

        _team.Restart();
        Assert.Contains("1. Grow export revenue\n2. New objective", await SayAsync("Accounts in Mexico"), StringComparison.Ordinal);
        Assert.Contains("What is the new objective's title?", await SayAsync("2"), StringComparison.Ordinal);
        Assert.Contains("What is Accounts in Mexico measured in?", await SayAsync("Open Mexico"), StringComparison.Ordinal);
        Assert.Contains("I can't read '42' as a unit.", await SayAsync("42"), StringComparison.Ordinal);
        Assert.Contains("Where does Accounts in Mexico start in 2027-Q1?", await SayAsync("accounts"), StringComparison.Ordinal);
        await SayAsync("0");
        await SayAsync("12");
        Assert.Contains("Another key result for 2027-Q1?", await SayAsync("Two distributors signed"), StringComparison.Ordinal);
        Assert.Empty(_team.Store.Proposals);

        var saved = await _team.SayAsync(_team.Andy, "done");

        Assert.Equal("Proposed 2 key results for 2027-Q1. Your manager will review your plan.", Assert.IsType<MessageReply>(saved[0]).Headline);
        Assert.Contains(saved, r => r.ToMemberId == "mia");
        var proposal = Assert.Single(_team.Store.Proposals);
        Assert.Equal(
            [("us-revenue", "grow", 20_000_000m, 30_000_000m), ("accounts-in-mexico", "open-mexico", 0m, 12m)],
            proposal.KeyResults.Select(k => (k.Key, k.ObjectiveKey, k.Start, k.Target)));
        Assert.Equal(KeyResultUnit.Count("accounts"), proposal.KeyResults[1].Unit);
        Assert.Null(await _team.Store.DialogAsync(TestTeam.WorkspaceId, "andy", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Back_asks_the_question_before_and_cancel_saves_nothing()
    {
        await SayAsync("review plan text");
        await SayAsync("keep");

        Assert.Contains("US revenue: keep it for 2027-Q1?", await SayAsync("back"), StringComparison.Ordinal);
        Assert.Contains("I can't read 'maybe' here: answer keep or drop.", await SayAsync("maybe"), StringComparison.Ordinal);
        Assert.Contains("Planning stopped; nothing was saved.", await SayAsync("cancel"), StringComparison.Ordinal);
        Assert.Empty(_team.Store.Proposals);
        Assert.Null(await _team.Store.DialogAsync(TestTeam.WorkspaceId, "andy", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Opening_the_dialog_again_picks_up_where_it_was()
    {
        await SayAsync("review plan text");
        await SayAsync("keep");

        var again = await SayAsync("review plan text");

        Assert.Contains("Picking up your plan for 2027-Q1 where you left off.", again, StringComparison.Ordinal);
        Assert.Contains("Where does US revenue start in 2027-Q1?", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_member_plans_by_text_in_chinese_with_chinese_words()
    {
        var team = PlanningTeam.WithAndysQuarter(andyLocale: "zh-CN");
        async Task<string> Say(string text) => (await team.SayAsync(team.Andy, text)).Text();
        var allowed = new[] { "US revenue", "Storefront conversion", "CRM migration", "Grow export revenue", "Two renewals slipped into January.", "Weekly calls with key accounts.", "Start renewals a month earlier." };

        LanguageAssert.Chinese(await Say("复盘 计划 文字"), allowed);
        await Say("继续");
        LanguageAssert.Chinese(await Say("一样"), allowed);
        await Say("3000万");
        await Say("三个续约");
        await Say("不要");
        await Say("不要");
        await Say("完成");

        var proposal = Assert.Single(team.Store.Proposals);
        Assert.Equal([("us-revenue", 20_000_000m, 30_000_000m)], proposal.KeyResults.Select(k => (k.Key, k.Start, k.Target)));
    }
}
