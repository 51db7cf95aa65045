using ReviewBot.Core;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Streams;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>The live streams port over the SQL store: streams, stream rules, and the answers their reviews recorded.</summary>
public abstract class LiveStreamsContract : StorageContract
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 20, 20, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task An_added_stream_reads_back_with_every_field_and_its_crew_in_order()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var stream = Stream(sample, "Singles' Day warm-up", Evening) with
        {
            Key = "warm-up-1",
            // An odd duration and instant to the microsecond: both must come back exact.
            Duration = new TimeSpan(0, 1, 47, 30, 250),
            StartsAt = Evening.AddTicks(1_234_560),
            CrewMemberIds = ["zoe-ops", sample.Manager.Id, "adam-product"],
            Currency = "CNY",
            TemplateId = "team-stream-review",
            ScheduledByMemberId = sample.Manager.Id,
            ReviewRequestedAt = Evening.AddHours(3),
            CancelledAt = Evening.AddHours(-5),
        };

        Assert.True(await store.AddStreamAsync(stream, Ct));

        var loaded = await store.StreamAsync(sample.Workspace.Id, stream.Id, Ct);
        AssertSame(stream, loaded);
        Assert.Equal(TimeSpan.Zero, loaded!.StartsAt.Offset);
    }

    [Fact]
    public async Task A_stream_without_key_crew_or_chat_scheduler_reads_back_without_them()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var stream = Stream(sample, "Quiet night", Evening);

        Assert.True(await store.AddStreamAsync(stream, Ct));

        var loaded = await store.StreamAsync(sample.Workspace.Id, stream.Id, Ct);
        AssertSame(stream, loaded);
        Assert.Equal((null, null, null, null), (loaded!.Key, loaded.ScheduledByMemberId, loaded.ReviewRequestedAt, loaded.CancelledAt));
        Assert.Empty(loaded.CrewMemberIds);
    }

    [Fact]
    public async Task A_second_stream_with_the_same_key_or_the_same_title_and_start_is_refused_and_the_first_left_as_it_was()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var first = Stream(sample, "Launch", Evening) with { Key = "launch" };
        var sameKey = Stream(sample, "Launch, moved", Evening.AddDays(1)) with { Key = "launch" };
        // The same instant written in another offset is the same start.
        var sameTitleAndStart = Stream(sample, "Launch", Evening.ToOffset(TimeSpan.FromHours(-5)));
        var otherTitle = Stream(sample, "Launch encore", Evening);

        Assert.True(await store.AddStreamAsync(first, Ct));
        Assert.False(await store.AddStreamAsync(sameKey, Ct));
        Assert.False(await store.AddStreamAsync(sameTitleAndStart, Ct));
        Assert.False(await store.AddStreamAsync(first with { Title = "Same id", Key = null, StartsAt = Evening.AddDays(9) }, Ct));
        Assert.True(await store.AddStreamAsync(otherTitle, Ct));

        AssertSame(first, await store.StreamAsync(sample.Workspace.Id, first.Id, Ct));
        Assert.Null(await store.StreamAsync(sample.Workspace.Id, sameKey.Id, Ct));
        Assert.Null(await store.StreamAsync(sample.Workspace.Id, sameTitleAndStart.Id, Ct));
        // Two streams at one start are listed by id, code point by code point, on both engines.
        Assert.Equal(new[] { first.Id, otherTitle.Id }.Order(StringComparer.Ordinal), (await store.QuarterStreamsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task Streams_added_in_chat_without_a_key_may_be_many()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        Assert.True(await store.AddStreamAsync(Stream(sample, "Monday", Evening), Ct));
        Assert.True(await store.AddStreamAsync(Stream(sample, "Tuesday", Evening.AddDays(1)), Ct));
    }

    [Fact]
    public async Task An_update_replaces_the_stored_stream_and_a_stream_never_stored_is_not_updated()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var stream = Stream(sample, "Launch", Evening) with { Key = "launch", CrewMemberIds = [sample.Manager.Id] };
        await store.AddStreamAsync(stream, Ct);
        var rescheduled = stream with
        {
            Title = "Launch (moved)",
            StartsAt = Evening.AddDays(2),
            Duration = TimeSpan.FromMinutes(150),
            WeekNumber = 9,
            HostMemberId = sample.Manager.Id,
            CrewMemberIds = ["b-ops", "a-ops"],
            Currency = "USD",
            ReviewRequestedAt = Evening.AddDays(2).AddHours(1),
        };

        Assert.True(await store.UpdateStreamAsync(rescheduled, Ct));
        Assert.False(await store.UpdateStreamAsync(Stream(sample, "Never added", Evening), Ct));

        AssertSame(rescheduled, await store.StreamAsync(sample.Workspace.Id, stream.Id, Ct));
        Assert.Single(await store.QuarterStreamsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct));
    }

    [Fact]
    public async Task A_cancelled_stream_keeps_its_cancellation_and_is_still_listed()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var stream = Stream(sample, "Rained off", Evening);
        await store.AddStreamAsync(stream, Ct);
        var cancelled = stream with { CancelledAt = Evening.AddHours(-2).AddTicks(70) };

        Assert.True(await store.UpdateStreamAsync(cancelled, Ct));

        var listed = Assert.Single(await store.StreamsAsync(sample.Workspace.Id, sample.Team.Id, Evening.AddDays(-1), Evening.AddDays(1), Ct));
        AssertSame(cancelled, listed);
        Assert.Equal(Evening.AddHours(-2).AddTicks(70), listed.CancelledAt);
    }

    [Fact]
    public async Task Streams_in_a_range_are_those_starting_in_it_by_start_the_end_excluded()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var before = Stream(sample, "Before", Evening.AddTicks(-10));
        var atStart = Stream(sample, "At start", Evening);
        var later = Stream(sample, "Later", Evening.AddHours(30));
        var earlier = Stream(sample, "Earlier", Evening.AddHours(2));
        var atEnd = Stream(sample, "At end", Evening.AddDays(2));
        foreach (var stream in new[] { later, atEnd, before, earlier, atStart })
        {
            Assert.True(await store.AddStreamAsync(stream, Ct));
        }

        var listed = await store.StreamsAsync(sample.Workspace.Id, sample.Team.Id, Evening.ToOffset(TimeSpan.FromHours(-8)), Evening.AddDays(2), Ct);

        Assert.Equal([atStart.Id, earlier.Id, later.Id], listed.Select(s => s.Id));
    }

    [Fact]
    public async Task A_quarters_streams_are_those_counted_in_it_by_start()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var second = Stream(sample, "Second", Evening.AddDays(3));
        var first = Stream(sample, "First", Evening);
        var nextQuarter = Stream(sample, "Next quarter", Evening.AddDays(1)) with { Quarter = SampleData.Quarter.Next(), WeekNumber = 1 };
        foreach (var stream in new[] { second, nextQuarter, first })
        {
            await store.AddStreamAsync(stream, Ct);
        }

        Assert.Equal([first.Id, second.Id], (await store.QuarterStreamsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct)).Select(s => s.Id));
        Assert.Equal([nextQuarter.Id], (await store.QuarterStreamsAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter.Next(), Ct)).Select(s => s.Id));
    }

    [Fact]
    public async Task Another_workspaces_streams_are_neither_found_nor_listed_nor_updated_nor_in_the_way()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var ofA = Stream(a, "Launch", Evening) with { Key = "launch" };
        var ofB = Stream(b, "Launch", Evening) with { Key = "launch" };

        Assert.True(await store.AddStreamAsync(ofA, Ct));
        // The same key, title and start in another workspace is another stream.
        Assert.True(await store.AddStreamAsync(ofB, Ct));
        await store.RecordAsync(new Submission(b.Workspace.Id, "b-review", [], [StreamAnswer(b, ofB, "gmv", "900", Evening.AddHours(3))]), Ct);

        Assert.Null(await store.StreamAsync(a.Workspace.Id, ofB.Id, Ct));
        Assert.Equal([ofA.Id], (await store.StreamsAsync(a.Workspace.Id, a.Team.Id, Evening.AddDays(-1), Evening.AddDays(1), Ct)).Select(s => s.Id));
        Assert.Empty(await store.QuarterStreamsAsync(a.Workspace.Id, b.Team.Id, SampleData.Quarter, Ct));
        Assert.Empty(await store.StreamAnswersAsync(a.Workspace.Id, [ofB.Id], Ct));
        Assert.False(await store.UpdateStreamAsync(ofB with { WorkspaceId = a.Workspace.Id, TeamId = a.Team.Id, Title = "Taken over" }, Ct));
        AssertSame(ofB, await store.StreamAsync(b.Workspace.Id, ofB.Id, Ct));
    }

    [Fact]
    public async Task A_team_without_stream_rules_has_the_defaults_and_saved_rules_read_back_exactly()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var other = await SampleData.WriteAsync(db.Database, "T02", Ct);
        var store = new ReviewStore(db.Database, db.Time);

        Assert.Same(StreamRules.Default, await store.StreamRulesAsync(sample.Workspace.Id, sample.Team.Id, Ct));

        var rules = new StreamRules
        {
            ReviewDelay = TimeSpan.FromMinutes(45).Add(TimeSpan.FromTicks(3)),
            AnswerWindow = TimeSpan.FromHours(36),
            TemplateId = "team-stream-review",
            Targets = new Dictionary<string, decimal> { ["gmv"] = 125_000.50m, ["orders"] = 300m, ["conversion"] = 0.035m },
        };
        await store.SaveStreamRulesAsync(sample.Workspace.Id, sample.Team.Id, rules, Ct);
        var saved = await store.StreamRulesAsync(sample.Workspace.Id, sample.Team.Id, Ct);

        Assert.Equal((rules.ReviewDelay, rules.AnswerWindow, rules.TemplateId), (saved.ReviewDelay, saved.AnswerWindow, saved.TemplateId));
        Assert.Equal(rules.Targets.OrderBy(t => t.Key, StringComparer.Ordinal), saved.Targets.OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.Same(StreamRules.Default, await store.StreamRulesAsync(other.Workspace.Id, other.Team.Id, Ct));
        Assert.Same(StreamRules.Default, await store.StreamRulesAsync(other.Workspace.Id, sample.Team.Id, Ct));

        await store.SaveStreamRulesAsync(sample.Workspace.Id, sample.Team.Id, StreamRules.Default with { ReviewDelay = TimeSpan.FromMinutes(10) }, Ct);
        var replaced = await store.StreamRulesAsync(sample.Workspace.Id, sample.Team.Id, Ct);
        Assert.Equal((TimeSpan.FromMinutes(10), StreamRules.Default.AnswerWindow, ReviewTemplates.LiveStream.Id), (replaced.ReviewDelay, replaced.AnswerWindow, replaced.TemplateId));
        Assert.Empty(replaced.Targets);
    }

    [Fact]
    public async Task A_streams_answers_are_each_authors_latest_submission_and_a_correction_drops_what_it_left_empty()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var stream = Stream(sample, "Launch", Evening);
        var otherStream = Stream(sample, "Encore", Evening.AddDays(1));
        await store.AddStreamAsync(stream, Ct);
        await store.AddStreamAsync(otherStream, Ct);
        var after = stream.EndsAt.AddMinutes(40);
        var sellerFirst = new[] { StreamAnswer(sample, stream, "gmv", "12500.5", after), StreamAnswer(sample, stream, "people-comment", "Too fast", after) };
        var managerOnly = StreamAnswer(sample, stream, "gmv", "13000", after.AddMinutes(5)) with { AuthorMemberId = sample.Manager.Id };
        // The correction gives the number again and a new comment, and leaves the first comment out.
        var sellerCorrection = new[] { StreamAnswer(sample, stream, "gmv", "12800", after.AddHours(1)), StreamAnswer(sample, stream, "keep", "The giveaway", after.AddHours(1)) };
        var aboutTheOther = StreamAnswer(sample, otherStream, "gmv", "400", after.AddHours(2));
        var weekly = ReviewStoreContract.Answer(sample, "blockers", null, "None", hoursLater: 2);

        await store.RecordAsync(new Submission(sample.Workspace.Id, "seller-1", [], sellerFirst), Ct);
        await store.RecordAsync(new Submission(sample.Workspace.Id, "manager-1", [], [managerOnly]), Ct);
        await store.RecordAsync(new Submission(sample.Workspace.Id, "seller-2", [], sellerCorrection), Ct);
        await store.RecordAsync(new Submission(sample.Workspace.Id, "seller-other", [], [aboutTheOther]), Ct);
        await store.RecordAsync(new Submission(sample.Workspace.Id, "weekly", [], [weekly]), Ct);

        Assert.Equal(InStoredOrder([managerOnly, .. sellerCorrection]), await store.StreamAnswersAsync(sample.Workspace.Id, [stream.Id], Ct));
        Assert.Equal(InStoredOrder([managerOnly, .. sellerCorrection, aboutTheOther]), await store.StreamAnswersAsync(sample.Workspace.Id, [otherStream.Id, stream.Id], Ct));
        Assert.Equal([aboutTheOther], await store.StreamAnswersAsync(sample.Workspace.Id, [otherStream.Id], Ct));
        Assert.Empty(await store.StreamAnswersAsync(sample.Workspace.Id, [], Ct));
        Assert.Empty(await store.StreamAnswersAsync(sample.Workspace.Id, ["no-such-stream"], Ct));
        // The quarter's answers are all of them, stream answers with their stream, as they were recorded.
        var quarter = await store.AnswersAsync(sample.Workspace.Id, sample.Team.Id, SampleData.Quarter, Ct);
        Assert.Equal(InStoredOrder([.. sellerFirst, managerOnly, .. sellerCorrection, aboutTheOther, weekly]), quarter);
        Assert.Null(quarter.Single(a => a.Id == weekly.Id).SubjectId);
    }

    private static List<ReviewAnswer> InStoredOrder(IEnumerable<ReviewAnswer> answers) =>
        [.. answers.OrderBy(a => a.RecordedAt).ThenBy(a => a.Id, StringComparer.Ordinal)];

    private static ReviewAnswer StreamAnswer(SampleData sample, LiveStream stream, string questionId, string text, DateTimeOffset at) =>
        new(Ids.New(), sample.Workspace.Id, stream.TemplateId, questionId, sample.Seller.Id, stream.Quarter, stream.WeekNumber, null, text, at.ToUniversalTime())
        {
            SubjectId = stream.Id,
        };

    internal static LiveStream Stream(SampleData sample, string title, DateTimeOffset startsAt) => new()
    {
        Id = Ids.New(),
        WorkspaceId = sample.Workspace.Id,
        TeamId = sample.Team.Id,
        Title = title,
        StartsAt = startsAt,
        Duration = TimeSpan.FromHours(2),
        Quarter = SampleData.Quarter,
        WeekNumber = 8,
        HostMemberId = sample.Seller.Id,
        Currency = "USD",
    };

    /// <summary>Equal field by field, the crew in the same order (a record compares its list by reference).</summary>
    private static void AssertSame(LiveStream expected, LiveStream? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.CrewMemberIds, actual.CrewMemberIds);
        Assert.Equal(expected with { CrewMemberIds = NoCrew }, actual with { CrewMemberIds = NoCrew });
    }

    private static readonly string[] NoCrew = [];
}

public sealed class LiveStreams_on_Sqlite : LiveStreamsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class LiveStreams_on_Postgres : LiveStreamsContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
