using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Tests.Scheduling;

public class DeliveryPlannerTests
{
    private static readonly Member[] Everyone = [ScheduledTeam.Andy, ScheduledTeam.Berta, ScheduledTeam.Chen, ScheduledTeam.Dora, ScheduledTeam.Emil];

    [Fact]
    public void Planning_twice_at_the_same_instant_gives_the_same_list_and_after_recording_nothing_new()
    {
        var team = new ScheduledTeam(Everyone);
        var now = new DateTimeOffset(2026, 10, 14, 12, 0, 0, TimeSpan.Zero);
        var snapshot = team.Snapshot();

        var first = DeliveryPlanner.Due(snapshot, now, ScheduleRules.Default);
        var second = DeliveryPlanner.Due(snapshot, now, ScheduleRules.Default);

        Assert.Equal(first, second);
        Assert.Equal(
            ["review:t1:2026-Q3", "prompt:chen:2026-Q4:3", "prompt:berta:2026-Q4:3", "prompt:dora:2026-Q4:3", "prompt:andy:2026-Q4:3"],
            first.Select(d => d.Key));
        foreach (var due in first)
        {
            team.Record(due.Key, now);
        }

        Assert.Empty(DeliveryPlanner.Due(team.Snapshot(), now, ScheduleRules.Default));
    }

    [Fact]
    public void Deliveries_come_ordered_by_when_they_became_due_then_by_key()
    {
        var due = DeliveryPlanner.Due(new ScheduledTeam(Everyone).Snapshot(), new DateTimeOffset(2026, 10, 14, 12, 0, 0, TimeSpan.Zero), ScheduleRules.Default);

        Assert.Equal(due.OrderBy(d => d.DueAt).ThenBy(d => d.Key, StringComparer.Ordinal), due);
    }

    [Fact]
    public void Holidays_to_the_end_of_the_week_mean_no_prompt_that_week()
    {
        var team = ScheduledTeam.Team with
        {
            Holidays = [.. Enumerable.Range(0, 5).Select(i => new Holiday("Europe", new DateOnly(2026, 11, 16).AddDays(i), "Shutdown"))],
        };
        var week = team.Calendar.WeekOf(new DateOnly(2026, 11, 16));

        Assert.Null(DeliveryPlanner.PromptDay(team, ScheduledTeam.Berta, week, []));
        Assert.Equal(new DateOnly(2026, 11, 16), DeliveryPlanner.PromptDay(team, ScheduledTeam.Andy, week, []));
    }

    [Fact]
    public void A_missed_quarter_review_is_still_due_later_but_only_for_the_most_recent_quarter()
    {
        var snapshot = new ScheduledTeam(Everyone).Snapshot() with { Members = [] };

        var due = DeliveryPlanner.Due(snapshot, new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), ScheduleRules.Default);

        var review = Assert.Single(due);
        Assert.Equal("review:t1:2026-Q3", review.Key);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.FromHours(2)), review.DueAt);
    }

    [Fact]
    public void The_weekly_digest_is_due_once_a_week_at_its_team_time_only_when_enabled()
    {
        var team = new ScheduledTeam([]) { Rules = ScheduleRules.Default with { WeeklyDigest = true } };
        team.Record(DeliveryKeys.Review("t1", new Quarter(2026, 3)), DateTimeOffset.MinValue);

        team.Run(new DateTimeOffset(2026, 10, 5, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["digest:t1:2026-Q4:2", "digest:t1:2026-Q4:3", "digest:t1:2026-Q4:4"], team.Sent.Select(s => s.Delivery.Key));
        Assert.All(team.Sent, s => Assert.Equal(new TimeSpan(16, 0, 0), TimeZoneInfo.ConvertTime(s.SentAt, ScheduledTeam.Berlin).TimeOfDay));
        Assert.All(team.Sent, s => Assert.Equal(DayOfWeek.Friday, TimeZoneInfo.ConvertTime(s.SentAt, ScheduledTeam.Berlin).DayOfWeek));
        var fridayAfternoon = new DateTimeOffset(2026, 10, 30, 15, 0, 0, TimeSpan.Zero);
        Assert.Single(DeliveryPlanner.Due(team.Snapshot(), fridayAfternoon, team.Rules));
        Assert.Empty(DeliveryPlanner.Due(team.Snapshot(), fridayAfternoon, ScheduleRules.Default));
    }
}
