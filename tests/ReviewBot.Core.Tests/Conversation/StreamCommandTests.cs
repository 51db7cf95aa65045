using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Tests.Conversation;

/// <summary>
/// review stream on the export team: Mia manages from Shanghai (the team's zone), Andy sells from New York, Ben
/// from Berlin. It is Friday 20 November 2026, 10:00 UTC: 18:00 in Shanghai, 11:00 in Berlin, 05:00 in New York.
/// </summary>
public class StreamCommandTests
{
    [Fact]
    public async Task A_manager_schedules_a_stream_with_its_host_and_crew_and_reads_it_back()
    {
        var team = new TestTeam();

        var reply = (await team.SayAsync(team.Mia, "review stream add 2026-12-03 20:00 90m \"Black Friday EU\" @Ben @Andy EUR")).Message();

        var stream = Assert.Single(team.Store.Streams);
        Assert.Equal(("Black Friday EU", new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(90)), (stream.Title, stream.StartsAt, stream.Duration));
        Assert.Equal(("ben", "EUR"), (stream.HostMemberId, stream.Currency));
        Assert.Equal(["andy"], stream.CrewMemberIds);
        Assert.Equal((TestTeam.Q4, 10, ReviewTemplates.LiveStream.Id, "mia"), (stream.Quarter, stream.WeekNumber, stream.TemplateId, stream.ScheduledByMemberId));
        Assert.Null(stream.ReviewRequestedAt);
        Assert.Equal("Scheduled “Black Friday EU”", reply.Headline);
        var facts = reply.Sections.Single().Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("Thursday 3 December, 20:00 your time", facts["When"]);
        Assert.Equal("1 h 30 min", facts["Length"]);
        Assert.Equal("Ben Weber", facts["Host"]);
        Assert.Equal("Andy Miller", facts["Crew"]);
        Assert.StartsWith("Thursday 3 December, 22:00, 30 minutes after it ends", facts["Review prompt"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_schedules_their_own_stream_tomorrow_in_their_own_time_and_reads_the_teams_time_too()
    {
        var team = new TestTeam();

        var reply = (await team.SayAsync(team.Ben, "review stream add tomorrow 20:00 2h \"Weekend deals\" @ben@example.com")).Message();

        var stream = Assert.Single(team.Store.Streams);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 19, 0, 0, TimeSpan.Zero), stream.StartsAt);
        Assert.Equal(TimeSpan.FromHours(2), stream.Duration);
        Assert.Equal("USD", stream.Currency);
        Assert.Empty(stream.CrewMemberIds);
        var when = reply.Sections.Single().Facts.Single(f => f.Label == "When").Value;
        Assert.Contains("20:00 your time", when, StringComparison.Ordinal);
        Assert.Contains("03:00 team time", when, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90分钟", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("2小时", 120)]
    [InlineData("1小时30分钟", 90)]
    [InlineData("45min", 45)]
    public async Task The_length_is_read_in_minutes_hours_or_both_in_either_language(string length, int minutes)
    {
        var team = new TestTeam();

        await team.SayAsync(team.Mia, $"review stream add 12-03 20:00 {length} \"Launch\" @Ben");

        Assert.Equal(TimeSpan.FromMinutes(minutes), Assert.Single(team.Store.Streams).Duration);
    }

    [Fact]
    public async Task A_slack_mention_names_the_host()
    {
        var team = new TestTeam();

        await team.SayAsync(team.Mia, "review stream add 2026-12-03 20:00 1h \"Launch\" <@U-andy|andy> <@U-ben>");

        var stream = Assert.Single(team.Store.Streams);
        Assert.Equal("andy", stream.HostMemberId);
        Assert.Equal(["ben"], stream.CrewMemberIds);
    }

    [Fact]
    public async Task A_weekday_is_the_next_such_day_whose_start_is_still_ahead()
    {
        var team = new TestTeam();

        await team.SayAsync(team.Ben, "review stream add friday 20:00 1h \"Friday night\" @Ben");
        await team.SayAsync(team.Ben, "review stream add friday 09:00 1h \"Next week\" @Ben");
        var monday = (await team.SayAsync(team.Ben, "review stream add 周一 09:00 1h \"Monday\" @Ben")).Text();

        Assert.Equal(
            [new DateTimeOffset(2026, 11, 20, 19, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero)],
            team.Store.Streams.Select(s => s.StartsAt).Order());
        Assert.Contains("Monday", monday, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_cannot_schedule_a_stream_they_neither_host_nor_work()
    {
        var team = new TestTeam();

        var reply = (await team.SayAsync(team.Andy, "review stream add 2026-12-03 20:00 90m \"Black Friday EU\" @Ben")).Message();

        Assert.Equal("Only the team's managers can schedule a stream you neither host nor work on.", reply.Headline);
        Assert.Empty(team.Store.Streams);
    }

    [Fact]
    public async Task A_member_on_the_crew_may_schedule_it()
    {
        var team = new TestTeam();

        await team.SayAsync(team.Andy, "review stream add 2026-12-03 20:00 90m \"Black Friday EU\" @Ben @Andy");

        Assert.Single(team.Store.Streams);
    }

    [Theory]
    [InlineData("review stream add 2026-12-03 20:00 90m \"Launch\" @Ben @Zoe", "I don't know @Zoe on Export Sales.")]
    [InlineData("review stream add 2026-11-19 20:00 90m \"Launch\" @Ben", "Thursday 19 November, 20:00 has already passed.")]
    [InlineData("review stream add 2026-12-03 20:00 3m \"Launch\" @Ben", "A stream of 3 min is not one I can schedule: it must last between 5 min and 12 h.")]
    [InlineData("review stream add 2026-12-03 20:00 13h \"Launch\" @Ben", "A stream of 13 h is not one I can schedule")]
    [InlineData("review stream add 2026-12-03 20:00 90m \"Launch\" @Ben GBP", "GBP has no exchange rate for 2026-Q4 in the team file, and the team reports in USD.")]
    [InlineData("review stream add 2026-12-03 20:00 90m \"Launch\" @Ben template flash-sale", "There is no stream review template called flash-sale.")]
    [InlineData("review stream add 2026-12-03 20:00 90m \"Launch\"", "Who hosts the stream?")]
    [InlineData("review stream add 2026-12-03 20:00 \"Launch\" @Ben", "How long is the stream?")]
    [InlineData("review stream add 2026-12-03 90m \"Launch\" @Ben", "What time does the stream start?")]
    [InlineData("review stream add 20:00 90m \"Launch\" @Ben", "Which day is the stream?")]
    [InlineData("review stream add 2026-12-03 20:00 90m @Ben", "What is the stream called?")]
    [InlineData("review stream add 2026-13-45 20:00 90m \"Launch\" @Ben", "I can't read 2026-13-45 as a day, a time or a length.")]
    public async Task What_cannot_be_scheduled_is_said_with_how_to_write_it_and_nothing_is_saved(string command, string headline)
    {
        var team = new TestTeam();

        var reply = (await team.SayAsync(team.Mia, command)).Message();

        Assert.StartsWith(headline, reply.Headline, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Context);
        Assert.Empty(team.Store.Streams);
    }

    [Fact]
    public async Task An_unknown_template_names_the_templates_that_would_work_and_the_teams_own_is_one()
    {
        var team = new TestTeam();
        team.Store.Templates[(TestTeam.WorkspaceId, team.Team.Id)] =
            [new TemplateDefinition("flash-sale", "Flash sale review", [new QuestionDefinition("gmv", QuestionKind.Number, "GMV", Required: true) { Unit = "currency" }])];

        var refused = (await team.SayAsync(team.Mia, "review stream add 2026-12-03 20:00 90m \"Launch\" @Ben template flash")).Message();
        await team.SayAsync(team.Mia, "review stream add 2026-12-03 20:00 90m \"Launch\" @Ben template flash-sale");

        Assert.Equal("Templates you can name: live-stream, flash-sale.", Assert.Single(refused.Context));
        Assert.Equal("flash-sale", Assert.Single(team.Store.Streams).TemplateId);
    }

    [Fact]
    public async Task The_list_shows_recent_and_coming_streams_with_where_their_review_stands()
    {
        var team = new TestTeam();
        var now = team.Time.GetUtcNow();
        team.Store.Streams.AddRange(
        [
            Stream(team, "s-done", "Monday deals", now.AddDays(-4)),
            Stream(team, "s-open", "Yesterday", now.AddHours(-20)),
            Stream(team, "s-soon", "Black Friday EU", now.AddDays(7)),
            Stream(team, "s-off", "Called off", now.AddDays(2)) with { CancelledAt = now.AddHours(-1) },
            Stream(team, "s-old", "Long ago", now.AddDays(-30)),
        ]);
        team.Store.Answers.Add(Answer(team, "s-open", "ben"));

        var reply = (await team.SayAsync(team.Mia, "review stream")).Message();

        Assert.Equal("Export Sales's live streams", reply.Headline);
        var lines = reply.Sections.Single().Facts.ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal(["Monday deals", "Yesterday", "Called off", "Black Friday EU"], reply.Sections.Single().Facts.Select(f => f.Label));
        Assert.EndsWith("review summarised, 0 of 2 answered", lines["Monday deals"], StringComparison.Ordinal);
        Assert.EndsWith("review under way, 1 of 2 answered", lines["Yesterday"], StringComparison.Ordinal);
        Assert.EndsWith("· hosted by Ben Weber · scheduled", lines["Black Friday EU"], StringComparison.Ordinal);
        Assert.EndsWith("cancelled", lines["Called off"], StringComparison.Ordinal);
        Assert.Equal(reply.Text(), (await team.SayAsync(team.Mia, "review stream list")).Text());
    }

    [Fact]
    public async Task Review_now_starts_the_review_of_the_latest_stream_that_has_started()
    {
        var team = new TestTeam();
        var now = team.Time.GetUtcNow();
        team.Store.Streams.AddRange([Stream(team, "s-earlier", "Earlier", now.AddHours(-5)), Stream(team, "s-live", "On air", now.AddMinutes(-20)), Stream(team, "s-later", "Later", now.AddHours(3))]);

        var reply = (await team.SayAsync(team.Mia, "review stream now")).Message();

        Assert.Equal("The review of “On air” starts now: its host and crew are asked within minutes.", reply.Headline);
        Assert.Equal(now, team.Store.Streams.Single(s => s.Id == "s-live").ReviewRequestedAt);
        Assert.All(team.Store.Streams.Where(s => s.Id != "s-live"), s => Assert.Null(s.ReviewRequestedAt));
    }

    [Fact]
    public async Task Review_now_of_a_stream_whose_review_went_out_already_says_when()
    {
        var team = new TestTeam();
        team.Store.Streams.Add(Stream(team, "s-earlier", "Earlier", team.Time.GetUtcNow().AddHours(-5)));

        var reply = (await team.SayAsync(team.Ben, "review stream now Earlier")).Message();

        Assert.StartsWith("The review of “Earlier” was asked for at ", reply.Headline, StringComparison.Ordinal);
        Assert.Null(Assert.Single(team.Store.Streams).ReviewRequestedAt);
    }

    [Fact]
    public async Task Only_a_manager_or_the_host_starts_a_review_or_cancels_a_stream()
    {
        var team = new TestTeam();
        var now = team.Time.GetUtcNow();
        team.Store.Streams.AddRange([Stream(team, "s-live", "On air", now.AddMinutes(-20)), Stream(team, "s-later", "Later", now.AddDays(1))]);

        var refusedNow = (await team.SayAsync(team.Andy, "review stream now \"On air\"")).Message();
        var refusedCancel = (await team.SayAsync(team.Andy, "review stream cancel Later")).Message();
        await team.SayAsync(team.Ben, "review stream now \"On air\"");
        var cancelled = (await team.SayAsync(team.Ben, "review stream cancel Later")).Message();

        Assert.Equal("Only the team's managers or the stream's host can start its review.", refusedNow.Headline);
        Assert.Equal("Only the team's managers or the stream's host can cancel it.", refusedCancel.Headline);
        Assert.Equal(now, team.Store.Streams.Single(s => s.Id == "s-live").ReviewRequestedAt);
        Assert.Equal(now, team.Store.Streams.Single(s => s.Id == "s-later").CancelledAt);
        Assert.StartsWith("Cancelled “Later”", cancelled.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_not_started_cannot_be_reviewed_and_one_not_known_is_said_so()
    {
        var team = new TestTeam();
        team.Store.Streams.Add(Stream(team, "s-later", "Later", team.Time.GetUtcNow().AddDays(1)));

        Assert.StartsWith("“Later” starts ", (await team.SayAsync(team.Mia, "review stream now Later")).Message().Headline, StringComparison.Ordinal);
        Assert.Equal("No stream from the last week or coming up is called Nowhere.", (await team.SayAsync(team.Mia, "review stream cancel Nowhere")).Message().Headline);
        Assert.Equal("Which stream? Give its title: review stream cancel \"Black Friday EU\".", (await team.SayAsync(team.Mia, "review stream cancel")).Message().Headline);
        Assert.Null(Assert.Single(team.Store.Streams).CancelledAt);
    }

    [Fact]
    public async Task A_mistyped_stream_verb_is_pointed_to_review_stream()
    {
        var team = new TestTeam();

        var reply = (await team.SayAsync(team.Andy, "review strem")).Text();

        Assert.Contains("review stream", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_shows_review_stream_and_review_streams()
    {
        var team = new TestTeam();

        var reply = (await team.SayAsync(team.Andy, "review help")).Text();

        Assert.Contains("review stream add", reply, StringComparison.Ordinal);
        Assert.Contains("review streams", reply, StringComparison.Ordinal);
    }

    internal static LiveStream Stream(TestTeam team, string id, string title, DateTimeOffset startsAt) => new()
    {
        Id = id,
        WorkspaceId = TestTeam.WorkspaceId,
        TeamId = team.Team.Id,
        Title = title,
        StartsAt = startsAt,
        Duration = TimeSpan.FromHours(1),
        Quarter = TestTeam.Q4,
        WeekNumber = 8,
        HostMemberId = team.Ben.Id,
        CrewMemberIds = [team.Andy.Id],
        Currency = "USD",
    };

    private static ReviewAnswer Answer(TestTeam team, string streamId, string memberId) =>
        new(Ids.New(), TestTeam.WorkspaceId, ReviewTemplates.LiveStream.Id, "keep", memberId, TestTeam.Q4, 8, null, "More demos", team.Time.GetUtcNow())
        {
            SubjectId = streamId,
        };
}
