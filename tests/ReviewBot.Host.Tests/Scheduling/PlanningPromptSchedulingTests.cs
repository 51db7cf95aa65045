using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Planning;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>
/// The prompt to plan 2027-Q1 through the host's scheduler on a SQLite file. 2026-Q4's last week starts on Monday
/// 28 December: Sam (Singapore) gets his retrospective prompt at 09:00 his time, 01:00 UTC; Ana (New York) at 14:00
/// UTC; Ben (Berlin) on Tuesday, after his bridge day, at 08:00 UTC. Mia, the manager, owns no key results.
/// </summary>
public class PlanningPromptSchedulingTests
{
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly Quarter Q1 = new(2027, 1);
    private static readonly DateTimeOffset Start = new(2026, 12, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SamsRetrospective = new(2026, 12, 28, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SamAnswers = SamsRetrospective.AddMinutes(25);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Team(string prompt) =>
        SimulatedTeam.Yaml.Replace("  summaryChannels:\n", $"  planning:\n    prompt: {prompt}\n  summaryChannels:\n", StringComparison.Ordinal);

    [Fact]
    public async Task A_submitted_retrospective_brings_the_member_exactly_one_planning_prompt_due_when_it_was_saved()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, Start, Ct);
        var (_, _, _, sam) = await PeopleAsync(sim);

        await AnswerTheRetrospectiveAsync(sim, sam);
        await TicksAfterwardsAsync(sim);

        var planning = Assert.Single(await PlanningDeliveriesAsync(sim));
        Assert.Equal((DeliveryKeys.PlanningPrompt(sam.Id, Q1), sam.Id, (Quarter?)Q4, SamAnswers), (planning.DeliveryKey, planning.MemberId, planning.Quarter, planning.DueAt));
    }

    [Fact]
    public async Task A_submitted_retrospective_brings_one_planning_message_with_the_plan_button_through_the_playground()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, Start, Ct);
        var (_, _, _, sam) = await PeopleAsync(sim);

        await AnswerTheRetrospectiveAsync(sim, sam);
        await TicksAfterwardsAsync(sim);

        var message = Assert.Single(sim.Messenger.All, m => m.DeliveryKey?.StartsWith("planning:", StringComparison.Ordinal) == true);
        Assert.Equal(("direct", sam.Id, DeliveryKeys.PlanningPrompt(sam.Id, Q1)), (message.How, message.To, message.DeliveryKey));
        Assert.Equal(SamAnswers.AddMinutes(35), message.At);
        Assert.Contains(message.Message.Buttons, b => b.ActionId == ActionIds.OpenPlan && b.Value == Q1.Id);
        Assert.Equal(DeliveryState.Sent, Assert.Single(await PlanningDeliveriesAsync(sim)).State);
    }

    [Fact]
    public async Task A_team_set_off_gets_no_planning_prompt_after_a_submitted_retrospective()
    {
        await using var sim = await SchedulerHarness.StartAsync(Team("off"), Start, Ct);
        var (_, _, _, sam) = await PeopleAsync(sim);

        await AnswerTheRetrospectiveAsync(sim, sam);
        await TicksAfterwardsAsync(sim);

        Assert.Empty(await PlanningDeliveriesAsync(sim));
        Assert.DoesNotContain(sim.Messenger.All, m => m.DeliveryKey?.StartsWith("planning:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_member_whose_proposal_is_in_is_not_prompted_but_one_sent_back_is()
    {
        await using var sim = await SchedulerHarness.StartAsync(SimulatedTeam.Yaml, Start, Ct);
        var (_, ana, ben, sam) = await PeopleAsync(sim);
        await ProposeAsync(sim, sam, PlanStatus.Proposed);
        await ProposeAsync(sim, ana, PlanStatus.SentBack);

        await AnswerTheRetrospectiveAsync(sim, sam);
        await TickAtAsync(sim, new DateTimeOffset(2026, 12, 28, 14, 5, 0, TimeSpan.Zero));
        await sim.AnswerAsync(ana, ActionIds.OpenRetrospective, Retrospective, Ct);
        await TickAtAsync(sim, new DateTimeOffset(2026, 12, 28, 15, 0, 0, TimeSpan.Zero));
        await TicksAfterwardsAsync(sim);

        Assert.Equal([ana.Id], (await PlanningDeliveriesAsync(sim)).Select(d => d.MemberId));
        Assert.DoesNotContain(await PlanningDeliveriesAsync(sim), d => d.MemberId == ben.Id);
    }

    [Fact]
    public async Task A_team_set_to_the_last_week_prompts_every_member_owning_key_results_beside_their_retrospective_prompt()
    {
        await using var sim = await SchedulerHarness.StartAsync(Team("last-week"), Start, Ct);
        var (mia, ana, ben, sam) = await PeopleAsync(sim);

        foreach (var at in new[] { SamsRetrospective, new(2026, 12, 28, 14, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 29, 8, 0, 0, TimeSpan.Zero) })
        {
            await TickAtAsync(sim, at.AddMinutes(5));
        }

        await TicksAfterwardsAsync(sim);

        var deliveries = await sim.DeliveriesAsync(Ct);
        var planning = await PlanningDeliveriesAsync(sim);
        Assert.Equal(new[] { ana.Id, ben.Id, sam.Id }.Order(StringComparer.Ordinal), planning.Select(d => d.MemberId!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(planning, d => d.MemberId == mia.Id);
        Assert.All(planning, p => Assert.Equal(
            deliveries.Single(d => d.Kind == DeliveryKind.RetrospectivePrompt && d.MemberId == p.MemberId).DueAt,
            p.DueAt));
    }

    private static async Task<(Member Mia, Member Ana, Member Ben, Member Sam)> PeopleAsync(SchedulerHarness sim)
    {
        var members = await sim.MembersAsync(Ct);
        Member Named(string name) => members.Single(m => m.Name == name);
        return (Named("Mia Manager"), Named("Ana Alvarez"), Named("Ben Becker"), Named("Sam Tan"));
    }

    /// <summary>Sam's retrospective prompt goes at 09:00 Singapore time; he answers it 25 minutes later.</summary>
    private static async Task AnswerTheRetrospectiveAsync(SchedulerHarness sim, Member sam)
    {
        await TickAtAsync(sim, SamsRetrospective.AddMinutes(5));
        Assert.Contains(sim.Messenger.All, m => m.DeliveryKey == DeliveryKeys.Retrospective(sam.Id, Q4));
        sim.Time.SetUtcNow(SamAnswers);
        await sim.AnswerAsync(sam, ActionIds.OpenRetrospective, Retrospective, Ct);
    }

    /// <summary>The host's next ticks, that night, and once more after the retrospective has closed.</summary>
    private static async Task TicksAfterwardsAsync(SchedulerHarness sim)
    {
        var from = sim.Time.GetUtcNow();
        foreach (var at in new[] { SamAnswers.AddMinutes(35), SamAnswers.AddMinutes(95), new DateTimeOffset(2027, 1, 5, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 12, 12, 0, 0, TimeSpan.Zero) })
        {
            if (at > from)
            {
                await TickAtAsync(sim, at);
            }
        }
    }

    private static async Task TickAtAsync(SchedulerHarness sim, DateTimeOffset at)
    {
        sim.Time.SetUtcNow(at);
        await sim.TickAsync(Ct);
    }

    private static async Task<List<ScheduledDelivery>> PlanningDeliveriesAsync(SchedulerHarness sim) =>
        [.. (await sim.DeliveriesAsync(Ct)).Where(d => d.Kind == DeliveryKind.PlanningPrompt)];

    private static async Task ProposeAsync(SchedulerHarness sim, Member member, PlanStatus status)
    {
        var plans = sim.Services.GetRequiredService<ITeamPlans>();
        var now = sim.Time.GetUtcNow();
        var proposal = new PlanProposal
        {
            WorkspaceId = member.WorkspaceId,
            TeamId = member.TeamId,
            MemberId = member.Id,
            Quarter = Q1,
            Status = status,
            KeyResults =
            [
                new ProposedKeyResult
                {
                    Key = "next-revenue",
                    ObjectiveKey = "revenue",
                    ObjectiveTitle = "Grow revenue in every market",
                    Title = "Revenue next quarter",
                    Unit = KeyResultUnit.Currency("USD"),
                    Start = 0m,
                    Target = 12_000_000m,
                    Basis = "Two renewals and the new distributor.",
                },
            ],
            ProposedAt = now,
            UpdatedAt = now,
        };
        Assert.True(await plans.SaveProposalAsync(proposal, expectedUpdatedAt: null, Ct));
    }

    private static string? Retrospective(FormField field) => field switch
    {
        { Kind: FieldKind.Amount } => "5M",
        { Id: "worked" } => "Marketplace ads paid off.",
        { Id: "change" } => "Start renewals earlier.",
        _ when field.Id.EndsWith(".cause", StringComparison.Ordinal) => "Two large orders slipped into January.",
        _ => field.Required ? "n/a" : null,
    };
}
