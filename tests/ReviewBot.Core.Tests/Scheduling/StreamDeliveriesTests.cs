using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Tests.Scheduling;

/// <summary>
/// A Black Friday stream from Berlin, 20:00 to 21:30 on 3 December 2026 (19:00–20:30 UTC), hosted by Berta in
/// Berlin with Lin in Shanghai on the crew: the review is asked for at 22:00 Berlin, which is 05:00 in Shanghai.
/// </summary>
public class StreamDeliveriesTests
{
    private static readonly Member Berta = ScheduledTeam.Berta;
    private static readonly Member Lin = ScheduledTeam.Make("lin", "China", "Asia/Shanghai");
    private static readonly Member Andy = ScheduledTeam.Andy;

    private static readonly DateTimeOffset StartsAt = new(2026, 12, 3, 19, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AskedAt = new(2026, 12, 3, 21, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ShanghaiMorning = new(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowCloses = ShanghaiMorning.AddHours(24);

    private static readonly LiveStream Stream = new()
    {
        Id = "s1",
        WorkspaceId = "w1",
        TeamId = "t1",
        Title = "Black Friday EU",
        StartsAt = StartsAt,
        Duration = TimeSpan.FromMinutes(90),
        Quarter = ScheduledTeam.Team.Calendar.WeekAt(StartsAt, ScheduledTeam.Berlin).Quarter,
        WeekNumber = ScheduledTeam.Team.Calendar.WeekAt(StartsAt, ScheduledTeam.Berlin).Number,
        HostMemberId = Berta.Id,
        CrewMemberIds = [Lin.Id],
        Currency = "EUR",
    };

    [Fact]
    public void The_host_in_Berlin_is_prompted_half_an_hour_after_the_end_and_the_crew_in_Shanghai_at_eight_in_their_morning()
    {
        Assert.Empty(StreamDue(Snapshot(), AskedAt.AddMinutes(-1)));

        var evening = Assert.Single(StreamDue(Snapshot(), AskedAt));
        Assert.Equal((DeliveryKind.StreamReviewPrompt, "stream:s1:berta", AskedAt), (evening.Kind, evening.Key, evening.DueAt));

        var morning = StreamDue(Snapshot(), ShanghaiMorning);
        Assert.Equal(["stream:s1:berta", "stream:s1:lin"], morning.Select(d => d.Key));
        var lin = morning.Single(d => d.MemberId == "lin");
        Assert.Equal(ShanghaiMorning, lin.DueAt);
        Assert.Equal(new TimeOnly(8, 0), TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(lin.DueAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime));
    }

    [Fact]
    public void Stream_deliveries_name_the_stream_and_carry_its_quarter_and_week()
    {
        var all = StreamDue(Snapshot(Delivered(AskedAt, "stream:s1:berta", "stream:s1:lin")), WindowCloses)
            .Concat(StreamDue(Snapshot(), ShanghaiMorning));

        Assert.All(all, d => Assert.Equal(("s1", Stream.Quarter, (int?)Stream.WeekNumber, "w1", "t1"), (d.SubjectId, d.Quarter, d.WeekNumber, d.WorkspaceId, d.TeamId)));
        Assert.Contains(all, d => d.Kind == DeliveryKind.StreamReviewSummary && d.MemberId is null && d.Key == DeliveryKeys.StreamReviewSummary("s1"));
    }

    [Fact]
    public void A_prompt_or_summary_already_delivered_is_never_due_again()
    {
        var delivered = Delivered(AskedAt, "stream:s1:berta", "stream:s1:lin", "stream-review:s1");

        Assert.Empty(StreamDue(Snapshot(delivered), ShanghaiMorning));
        Assert.Empty(StreamDue(Snapshot(delivered), WindowCloses.AddHours(1)));
    }

    [Fact]
    public void Review_now_asks_at_once_but_still_not_in_the_crews_night()
    {
        var asked = StartsAt.AddMinutes(30);
        var snapshot = Snapshot(stream: Stream with { ReviewRequestedAt = asked });

        var due = Assert.Single(StreamDue(snapshot, asked));
        Assert.Equal(("stream:s1:berta", asked), (due.Key, due.DueAt));
        Assert.DoesNotContain(StreamDue(snapshot, ShanghaiMorning.AddMinutes(-1)), d => d.MemberId == "lin");
        Assert.Contains(StreamDue(snapshot, ShanghaiMorning), d => d.MemberId == "lin" && d.DueAt == ShanghaiMorning);
    }

    [Fact]
    public void Review_requested_after_the_delay_changes_nothing()
    {
        var snapshot = Snapshot(stream: Stream with { ReviewRequestedAt = AskedAt.AddHours(1) });

        Assert.Equal(AskedAt, Assert.Single(StreamDue(snapshot, AskedAt)).DueAt);
    }

    [Fact]
    public void A_cancelled_stream_is_neither_prompted_nor_summarised()
    {
        var snapshot = Snapshot(stream: Stream with { CancelledAt = StartsAt.AddDays(-1) });

        Assert.Empty(StreamDue(snapshot, ShanghaiMorning));
        Assert.Empty(StreamDue(snapshot, WindowCloses.AddHours(1)));
    }

    [Fact]
    public void A_reviewer_no_longer_active_is_not_prompted_and_not_waited_for()
    {
        var snapshot = Snapshot(members: [Berta, Lin with { Active = false }], answered: ["berta"]);

        var due = StreamDue(snapshot, ShanghaiMorning);

        var summary = Assert.Single(due);
        Assert.Equal((DeliveryKind.StreamReviewSummary, ShanghaiMorning), (summary.Kind, summary.DueAt));
    }

    [Fact]
    public void A_reviewer_moved_to_another_team_is_not_prompted()
    {
        var snapshot = Snapshot(members: [Berta, Lin with { TeamId = "t2" }]);

        Assert.Equal(["stream:s1:berta"], StreamDue(snapshot, ShanghaiMorning).Select(d => d.Key));
    }

    [Fact]
    public void The_summary_is_posted_as_soon_as_everyone_has_answered()
    {
        var delivered = Delivered(AskedAt, "stream:s1:berta", "stream:s1:lin");
        var oneAnswer = Snapshot(delivered, answered: ["berta"]);
        var bothAnswers = Snapshot(delivered, answered: ["berta", "lin"]);
        var later = ShanghaiMorning.AddHours(3);

        Assert.Empty(StreamDue(oneAnswer, later));
        var summary = Assert.Single(StreamDue(bothAnswers, later));
        Assert.Equal((DeliveryKind.StreamReviewSummary, later), (summary.Kind, summary.DueAt));
    }

    [Fact]
    public void A_reviewer_who_answered_before_their_prompt_is_not_prompted()
    {
        var snapshot = Snapshot(Delivered(AskedAt, "stream:s1:berta"), answered: ["lin"]);

        Assert.Empty(StreamDue(snapshot, ShanghaiMorning));
    }

    [Fact]
    public void When_the_window_closes_with_someone_missing_the_summary_goes_and_their_prompt_no_longer_does()
    {
        var snapshot = Snapshot(Delivered(AskedAt, "stream:s1:berta"), answered: ["berta"]);

        Assert.DoesNotContain(StreamDue(snapshot, WindowCloses.AddMinutes(-1)), d => d.Kind == DeliveryKind.StreamReviewSummary);

        var due = Assert.Single(StreamDue(snapshot, WindowCloses.AddHours(5)));
        Assert.Equal((DeliveryKind.StreamReviewSummary, WindowCloses), (due.Kind, due.DueAt));
    }

    [Fact]
    public void The_window_gives_the_reviewer_prompted_last_the_whole_answer_window()
    {
        var reviewers = StreamDeliveries.ActiveReviewers(Snapshot(), Stream);

        Assert.Equal(WindowCloses, StreamDeliveries.WindowClosesAt(Stream, StreamRules.Default, reviewers, ScheduledTeam.Team));
        Assert.Equal(AskedAt.AddHours(2), StreamDeliveries.WindowClosesAt(Stream, StreamRules.Default with { AnswerWindow = TimeSpan.FromHours(2) }, [Berta], ScheduledTeam.Team));
    }

    [Fact]
    public void The_teams_own_delay_decides_when_the_review_is_asked_for()
    {
        var snapshot = Snapshot() with { StreamRules = StreamRules.Default with { ReviewDelay = TimeSpan.FromMinutes(5) } };

        Assert.Equal(StartsAt.AddMinutes(95), Assert.Single(StreamDue(snapshot, StartsAt.AddMinutes(95))).DueAt);
    }

    [Theory]
    [InlineData("2026-12-03T22:59:00+01:00", "2026-12-03T22:59:00+01:00")]
    [InlineData("2026-12-03T23:00:00+01:00", "2026-12-04T08:00:00+01:00")]
    [InlineData("2026-12-04T02:30:00+01:00", "2026-12-04T08:00:00+01:00")]
    [InlineData("2026-12-04T08:00:00+01:00", "2026-12-04T08:00:00+01:00")]
    [InlineData("2026-03-29T01:30:00+01:00", "2026-03-29T08:00:00+02:00")]
    public void A_prompt_that_would_fall_between_eleven_at_night_and_eight_in_the_morning_waits_for_eight(string asked, string prompted) =>
        Assert.Equal(DateTimeOffset.Parse(prompted, System.Globalization.CultureInfo.InvariantCulture), StreamDeliveries.PromptAt(DateTimeOffset.Parse(asked, System.Globalization.CultureInfo.InvariantCulture), ScheduledTeam.Berlin));

    [Fact]
    public void A_stream_of_another_team_is_left_alone()
    {
        Assert.Empty(StreamDue(Snapshot(stream: Stream with { TeamId = "t2" }), ShanghaiMorning));
    }

    private static IReadOnlyDictionary<string, DateTimeOffset> Delivered(DateTimeOffset at, params string[] keys) =>
        keys.ToDictionary(k => k, _ => at, StringComparer.Ordinal);

    private static TeamSnapshot Snapshot(
        IReadOnlyDictionary<string, DateTimeOffset>? delivered = null,
        IReadOnlyList<Member>? members = null,
        IReadOnlyList<string>? answered = null,
        LiveStream? stream = null) => new()
        {
            Team = ScheduledTeam.Team,
            Members = members ?? [Andy, Berta, Lin],
            KeyResultOwners = _ => new HashSet<string>(),
            Streams = [stream ?? Stream],
            StreamAnswerers = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
            {
                ["s1"] = new HashSet<string>(answered ?? [], StringComparer.Ordinal),
            },
            Delivered = delivered ?? new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal),
        };

    private static List<DueDelivery> StreamDue(TeamSnapshot snapshot, DateTimeOffset now) =>
        [.. DeliveryPlanner.Due(snapshot, now, ScheduleRules.Default).Where(d => d.Kind is DeliveryKind.StreamReviewPrompt or DeliveryKind.StreamReviewSummary)];
}
