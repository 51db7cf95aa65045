using System.Globalization;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Tests.Conversation;

namespace ReviewBot.Core.Tests.Planning;

public class PlanningFormTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private readonly TestTeam _team = PlanningTeam.WithAndysQuarter();

    private static string Carried(string kr, string part) => PlanFields.Carried(kr, part);

    [Fact]
    public async Task The_context_holds_the_members_results_causes_and_lessons_of_the_quarter_before()
    {
        var context = await LoadAsync();

        Assert.Equal(TestTeam.Q4, context.From);
        Assert.Equal(["kr-us-revenue", "kr-conversion", "kr-crm-migration", "kr-partner-launch"], context.Outcomes.Select(o => o.KeyResult.Id));
        Assert.Equal(20_000_000m, context.Outcomes[0].Ended);
        Assert.Equal("Two renewals slipped into January.", context.Outcomes[0].Cause);
        Assert.Equal(("Weekly calls with key accounts.", "Start renewals a month earlier."), (context.Worked, context.Change));
        Assert.Equal(["kr-us-revenue", "kr-conversion", "kr-crm-migration"], context.CarriedRows.Select(o => o.KeyResult.Id));
    }

    [Fact]
    public async Task A_form_read_back_unchanged_but_for_targets_and_bases_proposes_the_carried_key_results()
    {
        var context = await LoadAsync();
        var form = PlanningForm.Build(context, PlanFormKind.ManagerEdit, null, null, null, English);
        var values = form.Fields.ToDictionary(f => f.Id, f => f.Value ?? "");
        values[Carried("kr-us-revenue", PlanFields.Target)] = "30M";
        values[Carried("kr-us-revenue", PlanFields.Basis)] = "Three renewals";
        values[Carried("kr-conversion", PlanFields.Target)] = "3.2%";
        values[Carried("kr-conversion", PlanFields.Basis)] = "New checkout";
        values[Carried("kr-crm-migration", PlanFields.Keep)] = PlanFields.DropIt;

        var reading = PlanningForm.Read(context, new FormSubmission(form.FormId, values), English);

        Assert.True(reading.IsValid, string.Join(" | ", reading.Errors.Values));
        Assert.Equal("Andy Miller's proposal for 2027-Q1", form.Title);
        Assert.Equal(
            [("us-revenue", 20_000_000m, 30_000_000m, "kr-us-revenue"), ("conversion", 2.7m, 3.2m, "kr-conversion")],
            reading.KeyResults!.Select(k => (k.Key, k.Start, k.Target, k.CarriedFromKeyResultId!)));
        Assert.Equal(KeyResultUnit.Currency("USD"), reading.KeyResults![0].Unit);
    }

    private Task<PlanningContext> LoadAsync() =>
        PlanningContext.LoadAsync(_team.Store, _team.Team, _team.Andy, PlanningTeam.Q1, TestContext.Current.CancellationToken);
}
