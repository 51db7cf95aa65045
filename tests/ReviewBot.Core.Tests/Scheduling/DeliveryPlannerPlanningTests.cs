using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Tests.Scheduling;

/// <summary>
/// The prompt to plan 2027-Q1, around the end of 2026-Q4: its last week is Monday 28 to Thursday 31 December, and its
/// retrospective stays open to the end of 2027-Q1's second week, Sunday 10 January.
/// </summary>
public class DeliveryPlannerPlanningTests
{
    private static readonly Quarter Q4 = new(2026, 4);
    private static readonly Quarter Q1 = new(2027, 1);

    private static readonly Member[] Everyone = [ScheduledTeam.Andy, ScheduledTeam.Berta, ScheduledTeam.Chen, ScheduledTeam.Dora, ScheduledTeam.Emil];

    private static readonly DateTimeOffset From = new(2026, 12, 14, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2027, 1, 20, 0, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan NewYorkWinter = TimeSpan.FromHours(-5);
    private static readonly TimeSpan BerlinWinter = TimeSpan.FromHours(1);

    /// <summary>Andy, Chen and Dora answer the retrospective the moment it comes; Berta never does, and Emil owns no key results.</summary>
    private static bool AnswerTheRetrospective(string member, int week) => week == 14 && member is "andy" or "chen" or "dora";

    private static ScheduledTeam Simulate(PlanningPrompt setting, Action<ScheduledTeam>? before = null)
    {
        var team = new ScheduledTeam(Everyone, AnswerTheRetrospective) { PlanningPrompt = setting };
        before?.Invoke(team);
        team.Run(From, To);
        return team;
    }

    private static List<(DueDelivery Delivery, DateTimeOffset SentAt)> Planning(ScheduledTeam team) =>
        [.. team.Sent.Where(s => s.Delivery.Kind == DeliveryKind.PlanningPrompt)];

    private static IEnumerable<DueDelivery> PlanningDue(ScheduledTeam team, DateTimeOffset now) =>
        DeliveryPlanner.Due(team.Snapshot(), now, team.Rules).Where(d => d.Kind == DeliveryKind.PlanningPrompt);

    private static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    [Fact]
    public void After_the_retrospective_each_member_who_answered_it_is_asked_once_to_plan_the_next_quarter()
    {
        var team = Simulate(PlanningPrompt.AfterRetrospective);

        var planning = Planning(team);
        Assert.Equal(["planning:andy:2027-Q1", "planning:chen:2027-Q1", "planning:dora:2027-Q1"], planning.Select(p => p.Delivery.Key).Order(StringComparer.Ordinal));
        foreach (var (delivery, sentAt) in planning)
        {
            var retrospective = team.Sent.Single(s => s.Delivery.Key == $"retro:{delivery.MemberId}:2026-Q4");
            // Answered the moment the retrospective prompt came, so due then, and sent at the host's next tick.
            Assert.Equal(retrospective.SentAt, delivery.DueAt);
            Assert.Equal(retrospective.SentAt.AddHours(1), sentAt);
            Assert.Equal((Q4, (int?)null, "w1", "t1"), (delivery.Quarter, delivery.WeekNumber, delivery.WorkspaceId, delivery.TeamId));
        }
    }

    [Fact]
    public void After_the_retrospective_the_prompt_is_due_at_the_instant_it_was_recorded_and_not_a_minute_before()
    {
        var team = new ScheduledTeam([ScheduledTeam.Andy]);
        var recorded = new DateTimeOffset(2026, 12, 22, 15, 17, 0, NewYorkWinter);
        team.RecordRetrospective("andy", Q4, recorded);

        Assert.Empty(PlanningDue(team, recorded.AddMinutes(-1)));
        var due = Assert.Single(PlanningDue(team, recorded));
        Assert.Equal(DeliveryKeys.PlanningPrompt("andy", Q1), due.Key);
        Assert.Equal(("andy", recorded), (due.MemberId, due.DueAt));
    }

    [Fact]
    public void In_the_last_week_every_member_owning_key_results_is_asked_at_the_instant_of_their_retrospective_prompt_answered_or_not()
    {
        var team = Simulate(PlanningPrompt.LastWeek);

        var planning = Planning(team);
        Assert.Equal(["andy", "berta", "chen", "dora"], planning.Select(p => p.Delivery.MemberId!).Order(StringComparer.Ordinal));
        foreach (var (delivery, sentAt) in planning)
        {
            var retrospective = team.Sent.Single(s => s.Delivery.Key == $"retro:{delivery.MemberId}:2026-Q4");
            Assert.Equal(retrospective.Delivery.DueAt, delivery.DueAt);
            Assert.Equal(retrospective.SentAt, sentAt);
        }
    }

    [Fact]
    public void In_the_last_week_the_prompt_goes_at_09_00_on_each_members_own_clock()
    {
        var planning = Planning(Simulate(PlanningPrompt.LastWeek));

        DateTimeOffset SentTo(string member) => planning.Single(p => p.Delivery.MemberId == member).SentAt;
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 14, 0, 0, TimeSpan.Zero), SentTo("andy"));
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 8, 0, 0, TimeSpan.Zero), SentTo("berta"));
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 1, 0, 0, TimeSpan.Zero), SentTo("chen"));
    }

    [Fact]
    public void A_team_set_off_is_never_prompted_to_plan_whatever_its_members_answer()
    {
        var team = Simulate(PlanningPrompt.Off, t => t.RecordRetrospective("berta", Q4, new DateTimeOffset(2026, 12, 22, 10, 0, 0, BerlinWinter)));

        Assert.Empty(Planning(team));
        Assert.Equal(4, team.Sent.Count(s => s.Delivery.Kind == DeliveryKind.RetrospectivePrompt));
    }

    [Fact]
    public void A_member_with_a_proposal_for_the_quarter_already_is_not_asked_to_plan_it_in_either_setting()
    {
        var afterRetrospective = Simulate(PlanningPrompt.AfterRetrospective, t => t.Propose("chen", Q1));
        var lastWeek = Simulate(PlanningPrompt.LastWeek, t => t.Propose("chen", Q1));

        Assert.Equal(["andy", "dora"], Planning(afterRetrospective).Select(p => p.Delivery.MemberId!).Order(StringComparer.Ordinal));
        Assert.Equal(["andy", "berta", "dora"], Planning(lastWeek).Select(p => p.Delivery.MemberId!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_proposal_for_another_quarter_does_not_stand_in_for_the_one_planned()
    {
        var team = Simulate(PlanningPrompt.AfterRetrospective, t => t.Propose("chen", Q4));

        Assert.Contains(Planning(team), p => p.Delivery.Key == "planning:chen:2027-Q1");
    }

    [Fact]
    public void A_prompt_delivered_before_is_not_due_again()
    {
        var team = new ScheduledTeam([ScheduledTeam.Berta]);
        var recorded = new DateTimeOffset(2026, 12, 22, 10, 0, 0, BerlinWinter);
        team.RecordRetrospective("berta", Q4, recorded);
        team.Record(DeliveryKeys.PlanningPrompt("berta", Q1), recorded);

        Assert.Empty(PlanningDue(team, recorded.AddHours(1)));
        Assert.Empty(PlanningDue(team, new DateTimeOffset(2027, 1, 8, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void After_an_outage_the_prompt_goes_when_the_host_is_back_while_the_retrospective_is_open_with_its_first_due_instant()
    {
        var team = new ScheduledTeam([ScheduledTeam.Berta]);
        var recorded = new DateTimeOffset(2026, 12, 29, 10, 0, 0, BerlinWinter);
        var backAt = new DateTimeOffset(2027, 1, 8, 12, 0, 0, TimeSpan.Zero);
        team.RecordRetrospective("berta", Q4, recorded);

        team.Run(From, To, now => now >= recorded.AddMinutes(-30) && now < backAt);

        var planning = Assert.Single(Planning(team));
        Assert.Equal((backAt, recorded), (planning.SentAt, planning.Delivery.DueAt));
    }

    [Fact]
    public void After_an_outage_past_the_retrospectives_close_the_prompt_never_goes()
    {
        var team = new ScheduledTeam([ScheduledTeam.Berta]);
        var recorded = new DateTimeOffset(2026, 12, 29, 10, 0, 0, BerlinWinter);
        team.RecordRetrospective("berta", Q4, recorded);

        team.Run(From, To, now => now >= recorded.AddMinutes(-30) && now < new DateTimeOffset(2027, 1, 11, 0, 0, 0, BerlinWinter));

        Assert.Empty(Planning(team));
    }

    [Fact]
    public void A_proposal_made_while_the_host_was_down_means_no_prompt_when_it_is_back()
    {
        var team = new ScheduledTeam([ScheduledTeam.Berta]);
        var recorded = new DateTimeOffset(2026, 12, 29, 10, 0, 0, BerlinWinter);
        team.RecordRetrospective("berta", Q4, recorded);
        team.Propose("berta", Q1);

        team.Run(From, To, now => now >= recorded.AddMinutes(-30) && now < new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(Planning(team));
    }

    [Fact]
    public void The_prompt_is_due_to_the_last_minute_of_the_retrospectives_window_on_the_members_own_clock()
    {
        var team = new ScheduledTeam([ScheduledTeam.Andy, ScheduledTeam.Berta, ScheduledTeam.Chen]);
        foreach (var member in new[] { "andy", "berta", "chen" })
        {
            team.RecordRetrospective(member, Q4, new DateTimeOffset(2026, 12, 30, 12, 0, 0, TimeSpan.Zero));
        }

        // 20:00 UTC on Sunday 10 January: 15:00 in New York, 21:00 in Berlin, already 04:00 on Monday in Singapore.
        var sunday = new DateTimeOffset(2027, 1, 10, 20, 0, 0, TimeSpan.Zero);
        Assert.Equal(["andy", "berta"], PlanningDue(team, sunday).Select(d => d.MemberId!).Order(StringComparer.Ordinal));

        var lastMinuteInBerlin = new DateTimeOffset(2027, 1, 10, 23, 59, 0, BerlinWinter);
        Assert.Contains(PlanningDue(team, lastMinuteInBerlin), d => d.MemberId == "berta");
        Assert.DoesNotContain(PlanningDue(team, lastMinuteInBerlin.AddMinutes(1)), d => d.MemberId == "berta");
    }

    [Fact]
    public void A_member_ahead_of_the_team_in_the_new_quarter_is_still_asked_to_plan_it()
    {
        var team = new ScheduledTeam([ScheduledTeam.Chen]);
        // 20:00 on 31 December in Berlin is already 03:00 on 1 January in Singapore.
        var recorded = new DateTimeOffset(2026, 12, 31, 19, 0, 0, TimeSpan.Zero);
        team.RecordRetrospective("chen", Q4, recorded);

        var due = Assert.Single(PlanningDue(team, recorded.AddHours(1)));
        Assert.Equal(("planning:chen:2027-Q1", Q4), (due.Key, due.Quarter));
    }

    [Fact]
    public void An_inactive_member_is_never_asked_to_plan()
    {
        var gone = ScheduledTeam.Andy with { Active = false };
        var afterRetrospective = new ScheduledTeam([gone]);
        afterRetrospective.RecordRetrospective("andy", Q4, new DateTimeOffset(2026, 12, 22, 10, 0, 0, NewYorkWinter));
        afterRetrospective.Run(From, To);
        var lastWeek = new ScheduledTeam([gone]) { PlanningPrompt = PlanningPrompt.LastWeek };
        lastWeek.Run(From, To);

        Assert.Empty(Planning(afterRetrospective));
        Assert.Empty(Planning(lastWeek));
    }

    [Fact]
    public void In_the_last_week_a_member_on_leave_is_asked_on_the_first_working_day_back_at_check_in_time()
    {
        var team = new ScheduledTeam([ScheduledTeam.Dora])
        {
            PlanningPrompt = PlanningPrompt.LastWeek,
            Leaves = [new Leave("dora", new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 1))],
        };

        team.Run(From, To);

        // Back on Saturday 2 January: the weekend passes, and Monday at 09:00 it comes.
        var planning = Assert.Single(Planning(team));
        Assert.Equal(new DateTime(2027, 1, 4, 9, 0, 0), Local(planning.SentAt, ScheduledTeam.Berlin));
        Assert.Equal(planning.SentAt, planning.Delivery.DueAt);
    }

    [Fact]
    public void A_prompt_the_host_could_not_send_before_a_members_leave_waits_until_they_are_back()
    {
        var team = new ScheduledTeam([ScheduledTeam.Berta])
        {
            Leaves = [new Leave("berta", new DateOnly(2026, 12, 23), new DateOnly(2027, 1, 5))],
        };
        var recorded = new DateTimeOffset(2026, 12, 22, 16, 30, 0, BerlinWinter);
        team.RecordRetrospective("berta", Q4, recorded);

        team.Run(From, To, now => now >= recorded.AddMinutes(-30) && now < new DateTimeOffset(2026, 12, 24, 12, 0, 0, TimeSpan.Zero));

        var planning = Assert.Single(Planning(team));
        Assert.Equal(new DateTime(2027, 1, 6, 9, 0, 0), Local(planning.SentAt, ScheduledTeam.Berlin));
    }

    [Fact]
    public void A_retrospective_written_on_a_day_of_leave_brings_the_prompt_on_the_first_working_day_back()
    {
        var team = new ScheduledTeam([ScheduledTeam.Andy])
        {
            Leaves = [new Leave("andy", new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 30))],
        };
        team.RecordRetrospective("andy", Q4, new DateTimeOffset(2026, 12, 29, 20, 0, 0, NewYorkWinter));

        team.Run(From, To);

        var planning = Assert.Single(Planning(team));
        Assert.Equal(new DateTime(2026, 12, 31, 9, 0, 0), Local(planning.SentAt, ScheduledTeam.NewYork));
    }

    [Fact]
    public void In_the_last_week_a_member_whose_week_is_all_holidays_is_asked_on_the_first_working_day_after_it()
    {
        var shutdown = Enumerable.Range(0, 4).Select(i => new Holiday("Europe", new DateOnly(2026, 12, 28).AddDays(i), "Year-end shutdown"));
        var team = new ScheduledTeam([ScheduledTeam.Berta]) { PlanningPrompt = PlanningPrompt.LastWeek };
        var snapshot = team.Snapshot() with { Team = team.Snapshot().Team with { Holidays = [.. shutdown] } };

        Assert.DoesNotContain(DeliveryPlanner.Due(snapshot, new DateTimeOffset(2026, 12, 31, 20, 0, 0, TimeSpan.Zero), team.Rules), d => d.Kind == DeliveryKind.PlanningPrompt);
        var due = Assert.Single(DeliveryPlanner.Due(snapshot, new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero), team.Rules), d => d.Kind == DeliveryKind.PlanningPrompt);
        Assert.Equal(new DateTime(2027, 1, 1, 9, 0, 0), Local(due.DueAt, ScheduledTeam.Berlin));
    }

    [Fact]
    public void A_leave_lasting_past_the_retrospectives_close_means_no_prompt()
    {
        var team = new ScheduledTeam([ScheduledTeam.Dora])
        {
            PlanningPrompt = PlanningPrompt.LastWeek,
            Leaves = [new Leave("dora", new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 10))],
        };

        team.Run(From, To);

        Assert.Empty(Planning(team));
    }

    [Fact]
    public void A_planning_prompt_still_unsent_closes_with_the_retrospective_on_the_members_own_clock()
    {
        var prompt = DeliveryDeadlineTests.Delivery(DeliveryKind.PlanningPrompt, "andy", week: null, Q4);

        Assert.Equal(new DateTimeOffset(2027, 1, 11, 5, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(prompt, ScheduledTeam.Team, ScheduledTeam.Andy));
        Assert.Equal(new DateTimeOffset(2027, 1, 10, 16, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(prompt, ScheduledTeam.Team, ScheduledTeam.Chen));
    }
}
