using ReviewBot.Core.Conversation;

namespace ReviewBot.Core.Tests.Conversation;

public class CheckInPromptTests
{
    private readonly TestTeam _team = new();

    [Fact]
    public async Task The_weekly_prompt_lists_the_members_key_results_with_the_ways_to_answer()
    {
        _team.CheckedIn(_team.Andy, _team.UsRevenue, 7, 10_000_000m);

        var prompt = await _team.Engine.CheckInPromptAsync(_team.Andy, TestContext.Current.CancellationToken);

        Assert.NotNull(prompt);
        Assert.Equal("Andy, time for your week 8 check-in", prompt.Headline);
        Assert.Equal(
            ["US revenue: US$10M of US$24.7M · last in week 7", "Storefront conversion: target 3% · no check-in yet"],
            prompt.Sections.Single().Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal([ActionIds.OpenCheckIn, ActionIds.CheckInByText], prompt.Buttons.Select(b => b.ActionId));
        Assert.Equal("andy", prompt.ToMemberId);
    }

    [Fact]
    public async Task Nobody_without_key_results_is_prompted()
    {
        Assert.Null(await _team.Engine.CheckInPromptAsync(_team.Mia, TestContext.Current.CancellationToken));
    }
}
