using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;

namespace ReviewBot.Core.Tests.Conversation;

public class OkrCommandTests
{
    private readonly TestTeam _team = new();

    [Fact]
    public async Task Everyone_sees_the_teams_okrs_but_only_managers_get_the_edit_buttons()
    {
        var asMember = (await _team.SayAsync(_team.Andy, "review okrs")).Message();
        var asManager = (await _team.SayAsync(_team.Mia, "review okrs")).Message();

        Assert.Equal("Export Sales OKRs · 2026-Q4", asMember.Headline);
        Assert.Equal("Grow export revenue (owner: Export Sales)", asMember.Sections.Single().Title);
        Assert.Equal("US$0 → US$24.7M (up) · Andy Miller · basis: Basis for US revenue", asMember.Sections.Single().Facts.Single(f => f.Label == "US revenue").Value);
        Assert.Empty(asMember.Buttons);
        Assert.Contains(asManager.Buttons, b => b.ActionId == ActionIds.AddObjective);
        Assert.Contains(asManager.Buttons, b => b.ActionId == ActionIds.EditKeyResult && b.Value == "kr-us-revenue");
    }

    [Fact]
    public async Task A_member_cannot_open_or_submit_an_okr_form()
    {
        Assert.Equal("Only the team's managers can change the team's objectives and key results.", (await _team.PressAsync(_team.Andy, ActionIds.AddObjective)).Message().Headline);
        var submitted = await _team.SubmitAsync(_team.Andy, "okr-objective|2026-Q4|new", new Dictionary<string, string> { ["title"] = "Mine", ["basis"] = "Because", ["owner"] = "team" });
        Assert.Equal("Only the team's managers can change the team's objectives and key results.", submitted.Message().Headline);
        Assert.Single(_team.Store.Objectives);
    }

    [Fact]
    public async Task A_manager_adds_an_objective_and_the_basis_is_required()
    {
        var form = (await _team.PressAsync(_team.Mia, ActionIds.AddObjective)).Form();

        var missing = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["title"] = "Happier repeat buyers", ["owner"] = "team", ["basis"] = " " })).Form();
        Assert.Equal("Say why this goal was chosen: the review starts from it.", missing.Field("basis").Error);
        Assert.Equal("Happier repeat buyers", missing.Field("title").Value);
        Assert.Single(_team.Store.Objectives);

        var saved = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string> { ["title"] = "Happier repeat buyers", ["owner"] = "andy", ["basis"] = "Reviews cost us the badge" })).Message();
        Assert.StartsWith("Saved objective 'Happier repeat buyers'.", saved.Headline, StringComparison.Ordinal);
        var added = _team.Store.Objectives.Single(o => o.Title == "Happier repeat buyers");
        Assert.Equal(("happier-repeat-buyers", "andy", TestTeam.Q4), (added.Key, added.OwnerMemberId, added.Quarter));
    }

    [Fact]
    public async Task A_manager_adds_a_key_result_that_must_go_down_with_values_read_in_their_locale()
    {
        var form = (await _team.PressAsync(_team.Mia, ActionIds.AddKeyResult, "obj-1")).Form();

        var saved = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string>
        {
            ["title"] = "Negative-review rate",
            ["owner"] = "ben",
            ["unit"] = "percentage",
            ["start"] = "4.5%",
            ["target"] = "2%",
            ["basis"] = "Late deliveries drive complaints",
        })).Message();

        Assert.StartsWith("Saved key result 'Negative-review rate'.", saved.Headline, StringComparison.Ordinal);
        var kr = _team.Store.Objectives[0].KeyResults.Single(k => k.Title == "Negative-review rate");
        Assert.Equal((KeyResultUnit.Percentage, 4.5m, 2m, Direction.Decrease, "ben"), (kr.Unit, kr.Start, kr.Target, kr.Direction, kr.OwnerMemberId));
    }

    [Fact]
    public async Task An_invalid_key_result_form_names_each_wrong_field()
    {
        var form = (await _team.PressAsync(_team.Mia, ActionIds.AddKeyResult, "obj-1")).Form();

        var again = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string>
        {
            ["title"] = "Dealer revenue",
            ["owner"] = "nobody",
            ["unit"] = "currency",
            ["unitName"] = "dollars",
            ["basis"] = "",
        })).Form();

        Assert.Equal("Choose the team or one of its members.", again.Field("owner").Error);
        Assert.Equal("'dollars' is not an ISO 4217 currency code such as USD or EUR.", again.Field("unitName").Error);
        Assert.Equal("Say why this target: the review compares the result with it.", again.Field("basis").Error);
        Assert.Equal(4, _team.Store.Objectives[0].KeyResults.Count);
    }

    [Fact]
    public async Task A_manager_edits_a_key_result_in_place()
    {
        var form = (await _team.PressAsync(_team.Mia, ActionIds.EditKeyResult, "kr-us-revenue")).Form();
        Assert.Equal("24,700,000", form.Field("target").Value);
        var values = form.Fields.ToDictionary(f => f.Id, f => f.Value ?? "");
        values["target"] = "26M";

        await _team.SubmitAsync(_team.Mia, form.FormId, values);

        var kr = _team.Store.Objectives[0].KeyResults.Single(k => k.Id == "kr-us-revenue");
        Assert.Equal((26_000_000m, "us-revenue", "andy"), (kr.Target, kr.Key, kr.OwnerMemberId));
        Assert.Equal(4, _team.Store.Objectives[0].KeyResults.Count);
    }

    [Fact]
    public async Task A_key_result_whose_target_equals_its_start_is_refused()
    {
        var form = (await _team.PressAsync(_team.Mia, ActionIds.AddKeyResult, "obj-1")).Form();

        var again = (await _team.SubmitAsync(_team.Mia, form.FormId, new Dictionary<string, string>
        {
            ["title"] = "Flat",
            ["owner"] = "team",
            ["unit"] = "count",
            ["unitName"] = "accounts",
            ["start"] = "5",
            ["target"] = "5",
            ["basis"] = "x",
        })).Form();

        Assert.Equal("The target equals the start; a key result has to move up or down.", again.Field("target").Error);
    }
}
