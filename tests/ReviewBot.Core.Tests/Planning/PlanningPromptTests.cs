using ReviewBot.Core.Conversation;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Tests.Conversation;

namespace ReviewBot.Core.Tests.Planning;

public class PlanningPromptTests
{
    private readonly TestTeam _team = PlanningTeam.WithAndysQuarter();

    private Task<MessageReply?> PromptAsync(Core.People.Member member) =>
        _team.Engine.PlanningPromptAsync(member, _team.Team, _team.Time.GetUtcNow(), TestContext.Current.CancellationToken);

    private void Proposed(PlanStatus status, string? comment = null) => _team.Store.Proposals.Add(new PlanProposal
    {
        WorkspaceId = TestTeam.WorkspaceId,
        TeamId = _team.Team.Id,
        MemberId = "andy",
        Quarter = PlanningTeam.Q1,
        Status = status,
        ManagerComment = comment,
        DecidedByMemberId = comment is null ? null : "mia",
        ProposedAt = _team.Time.GetUtcNow(),
        UpdatedAt = _team.Time.GetUtcNow(),
    });

    [Fact]
    public async Task The_prompt_shows_this_quarters_results_and_lessons_with_buttons_to_plan_next_quarter()
    {
        var prompt = await PromptAsync(_team.Andy);

        Assert.NotNull(prompt);
        Assert.Equal("Plan 2027-Q1, Andy: your key results for next quarter", prompt.Headline);
        Assert.Contains(prompt.Sections[0].Facts, f => f.Label == "US revenue" && f.Value == "2026-Q4: reached US$20M of a US$24.7M target — 81%, score 0.81.");
        Assert.Contains(prompt.Sections, s => s.Text == "What worked in 2026-Q4: Weekly calls with key accounts.");
        Assert.Equal(
            [(ActionIds.OpenPlan, "2027-Q1", ButtonStyle.Primary), (ActionIds.PlanByText, "2027-Q1", ButtonStyle.Default)],
            prompt.Buttons.Select(b => (b.ActionId, b.Value!, b.Style)));
        var form = (await _team.PressAsync(_team.Andy, ActionIds.OpenPlan, "2027-Q1")).Form();
        Assert.Equal(PlanningTeam.PlanForm, form.FormId);
    }

    [Theory]
    [InlineData(PlanStatus.Proposed)]
    [InlineData(PlanStatus.Approved)]
    public async Task Nobody_is_prompted_who_has_proposed_or_been_approved(PlanStatus status)
    {
        Proposed(status);

        Assert.Null(await PromptAsync(_team.Andy));
    }

    [Fact]
    public async Task A_proposal_sent_back_is_prompted_again_with_the_managers_words()
    {
        Proposed(PlanStatus.SentBack, "Aim higher in the US.");

        var prompt = await PromptAsync(_team.Andy);

        Assert.Contains(prompt!.Sections, s => s.Text == "Mia Manager sent your proposal back: Aim higher in the US.");
        var form = (await _team.SayAsync(_team.Andy, "review plan")).Form();
        Assert.Contains("Mia Manager sent your proposal back: Aim higher in the US.", form.Intro, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_left_the_team_is_not_prompted()
    {
        Assert.Null(await PromptAsync(_team.Andy with { Active = false }));
    }
}
