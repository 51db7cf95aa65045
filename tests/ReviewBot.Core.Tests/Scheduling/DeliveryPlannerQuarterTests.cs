using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Tests.Scheduling;

/// <summary>Q4 2026 run hour by hour: EU clocks go back on 25 October, US clocks on 1 November.</summary>
public class DeliveryPlannerQuarterTests
{
    private static readonly Quarter Q4 = new(2026, 4);

    // Q4 2026 weeks: 1 is Thu 1–Sun 4 Oct (no Monday), 2–13 are whole weeks from 5 Oct, 14 is Mon 28–Thu 31 Dec.
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 4, 0, 0, TimeSpan.Zero); // midnight in New York
    private static readonly DateTimeOffset End = new(2027, 1, 3, 12, 0, 0, TimeSpan.Zero);

    private static ScheduledTeam SimulateQuarter()
    {
        var team = new ScheduledTeam(
            [ScheduledTeam.Andy, ScheduledTeam.Berta, ScheduledTeam.Chen, ScheduledTeam.Dora, ScheduledTeam.Emil],
            (member, week) => member switch
            {
                "andy" => true,
                "chen" => week % 2 == 0,
                "dora" => week != 3,
                _ => false,
            })
        {
            Leaves = [new Leave("dora", new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 13))],
        };

        // Q3's review went out on 1 October before the simulation starts.
        team.Record(DeliveryKeys.Review("t1", new Quarter(2026, 3)), new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        team.Run(Start, End);
        return team;
    }

    private static DateTime Local(DateTimeOffset instant, string memberId) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(memberId switch
        {
            "andy" or "emil" => "America/New_York",
            "chen" => "Asia/Singapore",
            _ => "Europe/Berlin",
        })).DateTime;

    [Fact]
    public void A_simulated_quarter_sends_exactly_the_expected_deliveries_and_none_twice()
    {
        var sent = SimulateQuarter().Sent;

        Assert.Equal(sent.Count, sent.Select(s => s.Delivery.Key).Distinct().Count());
        // A planning prompt is due when its retrospective is answered, which the hourly host sees at its next tick.
        Assert.All(sent.Where(s => s.Delivery.Kind != DeliveryKind.PlanningPrompt), s => Assert.Equal(s.Delivery.DueAt, s.SentAt));
        Assert.Equal(47, sent.Count(s => s.Delivery.Kind == DeliveryKind.WeeklyPrompt));
        Assert.Equal(4, sent.Count(s => s.Delivery.Kind == DeliveryKind.RetrospectivePrompt));
        Assert.Equal(20, sent.Count(s => s.Delivery.Kind == DeliveryKind.Reminder));
        Assert.Single(sent, s => s.Delivery.Kind == DeliveryKind.QuarterReview);
        Assert.DoesNotContain(sent, s => s.Delivery.Kind == DeliveryKind.WeeklyDigest);
        Assert.Equal(["andy", "chen", "dora"], sent.Where(s => s.Delivery.Kind == DeliveryKind.PlanningPrompt).Select(s => s.Delivery.MemberId!).Order(StringComparer.Ordinal));
        Assert.Equal(75, sent.Count);
    }

    [Fact]
    public void Weekly_prompts_go_out_at_09_00_local_on_Monday_in_each_members_own_zone_across_both_DST_changes()
    {
        var prompts = SimulateQuarter().Sent.Where(s => s.Delivery.Kind == DeliveryKind.WeeklyPrompt).ToList();

        foreach (var (delivery, sentAt) in prompts.Where(p => p.Delivery.Key is not ("prompt:berta:2026-Q4:5" or "prompt:dora:2026-Q4:5")))
        {
            var local = Local(sentAt, delivery.MemberId!);
            Assert.Equal(DayOfWeek.Monday, local.DayOfWeek);
            Assert.Equal(new TimeSpan(9, 0, 0), local.TimeOfDay);
        }

        DateTimeOffset SentAt(string key) => prompts.Single(p => p.Delivery.Key == key).SentAt;

        // Berlin: 07:00 UTC in summer time, 08:00 UTC from 25 October.
        Assert.Equal(new DateTimeOffset(2026, 10, 19, 7, 0, 0, TimeSpan.Zero), SentAt("prompt:berta:2026-Q4:4"));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), SentAt("prompt:berta:2026-Q4:6"));

        // New York: still 13:00 UTC in the week between the two changes, 14:00 UTC from 1 November.
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 13, 0, 0, TimeSpan.Zero), SentAt("prompt:andy:2026-Q4:5"));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero), SentAt("prompt:andy:2026-Q4:6"));

        // Singapore has no DST: always 01:00 UTC.
        Assert.All(prompts.Where(p => p.Delivery.MemberId == "chen"), p => Assert.Equal(1, p.SentAt.UtcDateTime.Hour));
    }

    [Fact]
    public void Who_gets_which_weekly_prompt_skips_the_stub_first_week_leave_and_members_without_key_results()
    {
        var prompts = SimulateQuarter().Sent.Where(s => s.Delivery.Kind == DeliveryKind.WeeklyPrompt).ToList();

        int[] Weeks(string member) => [.. prompts.Where(p => p.Delivery.MemberId == member).Select(p => p.Delivery.WeekNumber!.Value)];

        int[] weeks2To13 = [.. Enumerable.Range(2, 12)];
        Assert.Equal(weeks2To13, Weeks("andy"));
        Assert.Equal(weeks2To13, Weeks("berta"));
        Assert.Equal(weeks2To13, Weeks("chen"));
        Assert.Equal(weeks2To13.Where(w => w != 7), Weeks("dora"));
        Assert.Empty(Weeks("emil"));
        Assert.DoesNotContain(SimulateQuarter().Sent, s => s.Delivery.MemberId == "emil");
    }

    [Fact]
    public void A_Berlin_holiday_on_a_Monday_moves_the_Berlin_prompts_to_Tuesday_09_00_and_no_one_elses()
    {
        var sent = SimulateQuarter().Sent;

        var berta = sent.Single(s => s.Delivery.Key == "prompt:berta:2026-Q4:5");
        Assert.Equal(new DateTime(2026, 10, 27, 9, 0, 0), Local(berta.SentAt, "berta"));
        Assert.Equal(new DateTime(2026, 10, 27, 9, 0, 0), Local(sent.Single(s => s.Delivery.Key == "prompt:dora:2026-Q4:5").SentAt, "dora"));
        Assert.Equal(new DateTime(2026, 10, 26, 9, 0, 0), Local(sent.Single(s => s.Delivery.Key == "prompt:andy:2026-Q4:5").SentAt, "andy"));
    }

    [Fact]
    public void Reminders_go_once_48_hours_after_the_prompt_only_to_those_who_did_not_check_in()
    {
        var sent = SimulateQuarter().Sent;
        var reminders = sent.Where(s => s.Delivery.Kind == DeliveryKind.Reminder).ToList();

        string[] expected =
        [
            .. Enumerable.Range(2, 13).Select(w => $"reminder:berta:2026-Q4:{w}"),
            .. Enumerable.Range(1, 6).Select(i => (2 * i) + 1).Select(w => $"reminder:chen:2026-Q4:{w}"),
            "reminder:dora:2026-Q4:3",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), reminders.Select(r => r.Delivery.Key).Order(StringComparer.Ordinal));

        foreach (var (reminder, at) in reminders.Where(r => r.Delivery.Key != "reminder:berta:2026-Q4:8"))
        {
            var week = reminder.WeekNumber!.Value;
            var promptKey = week == 14 ? $"retro:{reminder.MemberId}:2026-Q4" : $"prompt:{reminder.MemberId}:2026-Q4:{week}";
            Assert.Equal(sent.Single(s => s.Delivery.Key == promptKey).SentAt + TimeSpan.FromHours(48), at);
        }
    }

    [Fact]
    public void A_reminder_falling_on_a_holiday_waits_for_the_next_working_day_at_the_same_local_time()
    {
        var reminder = SimulateQuarter().Sent.Single(s => s.Delivery.Key == "reminder:berta:2026-Q4:8");

        Assert.Equal(new DateTime(2026, 11, 19, 9, 0, 0), Local(reminder.SentAt, "berta"));
    }

    [Fact]
    public void The_last_week_brings_the_retrospective_prompt_instead_of_the_weekly_one()
    {
        var sent = SimulateQuarter().Sent;
        var retros = sent.Where(s => s.Delivery.Kind == DeliveryKind.RetrospectivePrompt).ToList();

        Assert.Equal(["andy", "berta", "chen", "dora"], retros.Select(r => r.Delivery.MemberId!).Order(StringComparer.Ordinal));
        Assert.All(retros, r =>
        {
            Assert.Equal($"retro:{r.Delivery.MemberId}:2026-Q4", r.Delivery.Key);
            Assert.Null(r.Delivery.WeekNumber);
            Assert.Equal(new DateTime(2026, 12, 28, 9, 0, 0), Local(r.SentAt, r.Delivery.MemberId!));
        });
        Assert.DoesNotContain(sent, s => s.Delivery.Key.StartsWith("prompt:", StringComparison.Ordinal) && s.Delivery.Key.EndsWith(":14", StringComparison.Ordinal));
    }

    [Fact]
    public void The_quarter_review_is_due_once_on_the_first_working_day_of_the_next_quarter_at_10_00_team_time()
    {
        var review = Assert.Single(SimulateQuarter().Sent, s => s.Delivery.Kind == DeliveryKind.QuarterReview);

        Assert.Equal("review:t1:2026-Q4", review.Delivery.Key);
        Assert.Equal(Q4, review.Delivery.Quarter);
        Assert.Null(review.Delivery.MemberId);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.FromHours(1)), review.SentAt);
    }

    [Fact]
    public void A_host_down_for_two_days_sends_the_missed_prompt_on_return_and_reminds_48_hours_after_it_was_sent()
    {
        var team = new ScheduledTeam([ScheduledTeam.Andy]);
        var downFrom = new DateTimeOffset(2026, 10, 11, 12, 0, 0, TimeSpan.FromHours(-4));
        var backAt = new DateTimeOffset(2026, 10, 13, 12, 0, 0, TimeSpan.FromHours(-4));
        team.Record(DeliveryKeys.Review("t1", new Quarter(2026, 3)), Start);

        team.Run(new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 19, 0, 0, 0, TimeSpan.Zero), now => now >= downFrom && now < backAt);

        var prompt = Assert.Single(team.Sent, s => s.Delivery.Key == "prompt:andy:2026-Q4:3");
        Assert.Equal(backAt, prompt.SentAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.FromHours(-4)), prompt.Delivery.DueAt);
        var reminder = Assert.Single(team.Sent, s => s.Delivery.Key == "reminder:andy:2026-Q4:3");
        Assert.Equal(backAt.AddHours(48), reminder.SentAt);
        Assert.Equal(4, team.Sent.Count);
    }

    [Fact]
    public void A_host_down_past_the_end_of_a_week_never_sends_that_weeks_prompt_late()
    {
        var team = new ScheduledTeam([ScheduledTeam.Andy]);
        var downFrom = new DateTimeOffset(2026, 10, 12, 8, 0, 0, TimeSpan.FromHours(-4));
        var backAt = new DateTimeOffset(2026, 10, 19, 10, 0, 0, TimeSpan.FromHours(-4));
        team.Record(DeliveryKeys.Review("t1", new Quarter(2026, 3)), Start);

        team.Run(new DateTimeOffset(2026, 10, 12, 0, 0, 0, TimeSpan.FromHours(-4)), new DateTimeOffset(2026, 10, 20, 0, 0, 0, TimeSpan.Zero), now => now >= downFrom && now < backAt);

        var only = Assert.Single(team.Sent);
        Assert.Equal("prompt:andy:2026-Q4:4", only.Delivery.Key);
        Assert.Equal(backAt, only.SentAt);
    }

    // Q1 2027 starts on Friday 1 January; Monday 4 January is the next weekday.
    private static readonly DateTimeOffset AfterNewYear = new(2027, 1, 8, 12, 0, 0, TimeSpan.Zero);

    private static DueDelivery ReviewOfQ4(Core.People.Team team, params Core.People.Member[] members)
    {
        var snapshot = new ScheduledTeam(members).Snapshot() with { Team = team };
        return Assert.Single(DeliveryPlanner.Due(snapshot, AfterNewYear, ScheduleRules.Default), d => d.Kind == DeliveryKind.QuarterReview);
    }

    private static Core.People.Team WithNewYear(string? teamMarket, params string[] markets) => ScheduledTeam.Team with
    {
        Market = teamMarket,
        Holidays = [.. markets.Select(m => new Core.People.Holiday(m, new DateOnly(2027, 1, 1), "New Year's Day"))],
    };

    private static DateTime LocalBerlin(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, ScheduledTeam.Berlin).DateTime;

    [Fact]
    public void The_quarter_review_waits_past_a_new_years_day_that_is_a_holiday_in_every_members_market_and_the_weekend_after()
    {
        var review = ReviewOfQ4(WithNewYear(null, "US", "Europe", "India & SEA"), ScheduledTeam.Andy, ScheduledTeam.Berta, ScheduledTeam.Chen);

        Assert.Equal(new DateTime(2027, 1, 4, 10, 0, 0), LocalBerlin(review.DueAt));
    }

    [Fact]
    public void Without_a_team_market_a_holiday_that_only_some_members_have_does_not_hold_the_quarter_review_back()
    {
        var review = ReviewOfQ4(WithNewYear(null, "US", "Europe"), ScheduledTeam.Andy, ScheduledTeam.Berta, ScheduledTeam.Chen);

        Assert.Equal(new DateTime(2027, 1, 1, 10, 0, 0), LocalBerlin(review.DueAt));
    }

    [Fact]
    public void The_teams_own_market_decides_the_quarter_reviews_day_whatever_the_members_markets()
    {
        var europe = ReviewOfQ4(WithNewYear("Europe", "Europe"), ScheduledTeam.Andy, ScheduledTeam.Chen);
        var us = ReviewOfQ4(WithNewYear("US", "Europe", "India & SEA"), ScheduledTeam.Berta, ScheduledTeam.Chen);

        Assert.Equal(new DateTime(2027, 1, 4, 10, 0, 0), LocalBerlin(europe.DueAt));
        Assert.Equal(new DateTime(2027, 1, 1, 10, 0, 0), LocalBerlin(us.DueAt));
    }

    [Fact]
    public void When_members_own_no_key_results_in_the_new_quarter_each_manager_is_told_once_at_the_quarter_review_time()
    {
        var manager = ScheduledTeam.Make("maria", "Europe", "Europe/Berlin") with { Role = Core.People.MemberRole.Manager };
        var team = new ScheduledTeam([manager, ScheduledTeam.Andy, ScheduledTeam.Emil]);
        team.Record(DeliveryKeys.Review("t1", new Quarter(2026, 4)), AfterNewYear);

        team.Run(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 20, 0, 0, 0, TimeSpan.Zero));

        var notice = Assert.Single(team.Sent, s => s.Delivery.Kind == DeliveryKind.KeyResultsMissing);
        Assert.Equal(("no-krs:maria:2027-Q1", "maria", new Quarter(2027, 1)), (notice.Delivery.Key, notice.Delivery.MemberId, notice.Delivery.Quarter));
        Assert.Equal(new DateTime(2027, 1, 1, 10, 0, 0), LocalBerlin(notice.Delivery.DueAt));
    }

    [Fact]
    public void When_every_member_owns_key_results_no_manager_is_told_anything()
    {
        var manager = ScheduledTeam.Make("maria", "Europe", "Europe/Berlin") with { Role = Core.People.MemberRole.Manager };
        var team = new ScheduledTeam([manager, ScheduledTeam.Andy, ScheduledTeam.Berta]);

        team.Run(new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.DoesNotContain(team.Sent, s => s.Delivery.Kind == DeliveryKind.KeyResultsMissing);
    }
}
