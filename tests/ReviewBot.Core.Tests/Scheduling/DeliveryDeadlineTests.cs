using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Core.Tests.Scheduling;

public class DeliveryDeadlineTests
{
    private static readonly Quarter Q4 = new(2026, 4);

    internal static ScheduledDelivery Delivery(DeliveryKind kind, string? memberId, int? week, Quarter? quarter = null) => new()
    {
        WorkspaceId = "w1",
        DeliveryKey = $"{kind}:{memberId}:{week}",
        Kind = kind,
        TeamId = "t1",
        MemberId = memberId,
        Quarter = quarter ?? Q4,
        WeekNumber = week,
        DueAt = new DateTimeOffset(2026, 10, 5, 7, 0, 0, TimeSpan.Zero),
        State = DeliveryState.Claimed,
    };

    [Fact]
    public void A_weeks_prompt_closes_when_the_week_ends_on_the_members_own_clock()
    {
        // Week 2 of 2026-Q4 runs Monday 5 to Sunday 11 October.
        var prompt = Delivery(DeliveryKind.WeeklyPrompt, "andy", 2);

        Assert.Equal(new DateTimeOffset(2026, 10, 12, 4, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(prompt, ScheduledTeam.Team, ScheduledTeam.Andy));
        Assert.Equal(new DateTimeOffset(2026, 10, 11, 22, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(prompt, ScheduledTeam.Team, ScheduledTeam.Berta));
        Assert.Equal(new DateTimeOffset(2026, 10, 11, 16, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(prompt, ScheduledTeam.Team, ScheduledTeam.Chen));
    }

    [Fact]
    public void A_reminder_closes_with_its_week_like_the_prompt_it_follows()
    {
        var reminder = Delivery(DeliveryKind.Reminder, "andy", 2);

        Assert.Equal(new DateTimeOffset(2026, 10, 12, 4, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(reminder, ScheduledTeam.Team, ScheduledTeam.Andy));
    }

    [Fact]
    public void A_weekly_digest_closes_when_the_week_ends_in_the_teams_zone()
    {
        var digest = Delivery(DeliveryKind.WeeklyDigest, memberId: null, 2);

        Assert.Equal(new DateTimeOffset(2026, 10, 11, 22, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(digest, ScheduledTeam.Team, member: null));
    }

    [Fact]
    public void A_retrospective_prompt_closes_when_the_quarters_last_week_ends()
    {
        var retrospective = Delivery(DeliveryKind.RetrospectivePrompt, "andy", week: null);

        // The last week of 2026-Q4 is cut at Thursday 31 December; New York is on standard time again.
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 5, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(retrospective, ScheduledTeam.Team, ScheduledTeam.Andy));
    }

    [Fact]
    public void A_quarter_review_never_closes()
    {
        var review = Delivery(DeliveryKind.QuarterReview, memberId: null, week: null);

        Assert.Null(DeliveryDeadline.ClosesAt(review, ScheduledTeam.Team, member: null));
        Assert.False(DeliveryDeadline.HasClosed(review, ScheduledTeam.Team, member: null, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_member_with_an_unknown_zone_is_held_to_the_teams_zone()
    {
        var prompt = Delivery(DeliveryKind.WeeklyPrompt, "andy", 2);
        var lost = ScheduledTeam.Andy with { TimeZoneId = "Mars/Olympus_Mons" };

        Assert.Equal(new DateTimeOffset(2026, 10, 11, 22, 0, 0, TimeSpan.Zero), DeliveryDeadline.ClosesAt(prompt, ScheduledTeam.Team, lost));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    public void A_week_outside_the_quarter_closes_nothing(int week)
    {
        Assert.Null(DeliveryDeadline.ClosesAt(Delivery(DeliveryKind.WeeklyPrompt, "andy", week), ScheduledTeam.Team, ScheduledTeam.Andy));
    }

    [Fact]
    public void A_row_claimed_without_its_quarter_closes_nothing()
    {
        var old = Delivery(DeliveryKind.WeeklyPrompt, "andy", 2) with { Quarter = null };

        Assert.Null(DeliveryDeadline.ClosesAt(old, ScheduledTeam.Team, ScheduledTeam.Andy));
    }

    [Fact]
    public void The_week_has_closed_from_the_instant_it_ends_not_a_tick_before()
    {
        var prompt = Delivery(DeliveryKind.WeeklyPrompt, "andy", 2);
        var end = new DateTimeOffset(2026, 10, 12, 4, 0, 0, TimeSpan.Zero);

        Assert.False(DeliveryDeadline.HasClosed(prompt, ScheduledTeam.Team, ScheduledTeam.Andy, end.AddTicks(-1)));
        Assert.True(DeliveryDeadline.HasClosed(prompt, ScheduledTeam.Team, ScheduledTeam.Andy, end));
    }
}
