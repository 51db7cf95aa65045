using ReviewBot.Core.Conversation;
using ReviewBot.Core.Scheduling;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>The scheduler's port over the SQL store: claims a team's worth at once, and an attempt's lease taken in one statement.</summary>
public abstract class DeliveryScheduleContract : StorageContract
{
    [Fact]
    public async Task A_teams_deliveries_claimed_at_once_come_back_in_the_order_given_without_those_claimed_before()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var schedule = new DeliverySchedule(db.Database);
        // More than one transaction's worth, in an order that is not the keys' own.
        var due = Enumerable.Range(0, 1_201).Select(i => Due(sample, $"prompt:{(i * 7919) % 1_201:D4}", db.Time.GetUtcNow())).ToList();
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            Assert.True(await session.Schedule.TryClaimAsync(due[3], Ct));
        }

        var claimed = await schedule.TryClaimAllAsync(due, Ct);
        var again = await schedule.TryClaimAllAsync([.. due.Take(10), Due(sample, "prompt:new", db.Time.GetUtcNow())], Ct);

        Assert.Equal([.. due.Where((_, i) => i != 3).Select(d => d.Key)], claimed.Select(d => d.Key));
        Assert.Equal(["prompt:new"], again.Select(d => d.Key));
        await using var check = await db.Database.OpenSessionAsync(Ct);
        Assert.Equal(1_202, (await check.Schedule.ForTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct)).Count);
    }

    [Fact]
    public async Task Two_hosts_claiming_the_same_team_at_the_same_time_claim_each_delivery_exactly_once()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var due = Enumerable.Range(0, 1_000).Select(i => Due(sample, $"prompt:{i:D4}", db.Time.GetUtcNow())).ToList();
        // Two hosts: their own Database objects over the one database, each planning the team in its own order.
        var first = new DeliverySchedule(Database.For(db.Provider, db.ConnectionString));
        var second = new DeliverySchedule(Database.For(db.Provider, db.ConnectionString));

        var claims = await Task.WhenAll(
            Task.Run(() => first.TryClaimAllAsync(due, Ct), Ct),
            Task.Run(() => second.TryClaimAllAsync([.. Enumerable.Reverse(due)], Ct), Ct));

        Assert.Empty(claims[0].Select(d => d.Key).Intersect(claims[1].Select(d => d.Key), StringComparer.Ordinal));
        Assert.Equal(due.Select(d => d.Key).Order(StringComparer.Ordinal), claims[0].Concat(claims[1]).Select(d => d.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Starting_an_attempt_returns_the_delivery_as_the_attempt_left_it_and_a_second_start_gets_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var schedule = new DeliverySchedule(db.Database);
        var now = db.Time.GetUtcNow();
        await schedule.TryClaimAllAsync([Due(sample, "prompt:k", now)], Ct);

        var started = await schedule.TryStartAttemptAsync(sample.Workspace.Id, "prompt:k", "attempt-1", now, now.AddMinutes(1), Ct);
        var meanwhile = await schedule.TryStartAttemptAsync(sample.Workspace.Id, "prompt:k", "attempt-2", now.AddSeconds(30), now.AddMinutes(2), Ct);

        Assert.NotNull(started);
        Assert.Equal((DeliveryState.Claimed, 1, 0, now.AddMinutes(1), sample.Seller.Id), (started.State, started.AttemptsStarted, started.Attempts, started.NotBefore, started.MemberId));
        var stored = await schedule.GetAsync(sample.Workspace.Id, "prompt:k", Ct);
        Assert.Equal((started.AttemptsStarted, started.NotBefore, started.DueAt), (stored!.AttemptsStarted, stored.NotBefore, stored.DueAt));
        Assert.Null(meanwhile);
    }

    [Fact]
    public async Task A_stream_reviews_deliveries_keep_their_stream_through_the_claim_the_attempt_the_read_and_the_pending_list()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var schedule = new DeliverySchedule(db.Database);
        var now = db.Time.GetUtcNow();
        var prompt = Due(sample, DeliveryKeys.StreamReviewPrompt("stream-1", sample.Seller.Id), now) with { Kind = DeliveryKind.StreamReviewPrompt, WeekNumber = null, SubjectId = "stream-1" };
        var summary = Due(sample, DeliveryKeys.StreamReviewSummary("stream-1"), now.AddMinutes(1)) with { Kind = DeliveryKind.StreamReviewSummary, MemberId = null, WeekNumber = null, SubjectId = "stream-1" };
        var weekly = Due(sample, "prompt:weekly", now.AddMinutes(2));

        Assert.Equal(3, (await schedule.TryClaimAllAsync([prompt, summary, weekly], Ct)).Count);
        var started = await schedule.TryStartAttemptAsync(sample.Workspace.Id, prompt.Key, "attempt-1", now, now.AddMinutes(5), Ct);
        var pending = await schedule.PendingAsync(now.AddMinutes(10), Ct);

        Assert.Equal("stream-1", started!.SubjectId);
        Assert.Equal(("stream-1", DeliveryKind.StreamReviewSummary), ((await schedule.GetAsync(sample.Workspace.Id, summary.Key, Ct))!.SubjectId, summary.Kind));
        Assert.Equal([(prompt.Key, "stream-1"), (summary.Key, "stream-1"), (weekly.Key, null)], pending.Select(d => (d.DeliveryKey, d.SubjectId)));
    }

    [Fact]
    public async Task A_stream_summary_keeps_the_channels_it_was_posted_to_as_a_team_post_does()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        var schedule = new DeliverySchedule(db.Database);
        var now = db.Time.GetUtcNow();
        var summary = Due(sample, DeliveryKeys.StreamReviewSummary("stream-1"), now) with { Kind = DeliveryKind.StreamReviewSummary, MemberId = null, WeekNumber = null, SubjectId = "stream-1" };
        await schedule.TryClaimAllAsync([summary], Ct);

        await schedule.RecordChannelPostsAsync(sample.Workspace.Id, summary.Key, new Dictionary<string, SentMessage> { ["C1"] = new("ref-1") }, Ct);
        await schedule.MarkSentAsync(sample.Workspace.Id, summary.Key, now, memberMessage: null, Ct);

        var sent = await schedule.GetAsync(sample.Workspace.Id, summary.Key, Ct);
        Assert.Equal(("ref-1", (SentMessage?)null, DeliveryState.Sent), (sent!.ChannelPosts["C1"].Reference, sent.MemberMessage, sent.State));
    }

    private static DueDelivery Due(SampleData sample, string key, DateTimeOffset at) => new()
    {
        Kind = DeliveryKind.WeeklyPrompt,
        Key = key,
        WorkspaceId = sample.Workspace.Id,
        TeamId = sample.Team.Id,
        MemberId = sample.Seller.Id,
        Quarter = SampleData.Quarter,
        WeekNumber = 8,
        DueAt = at,
    };
}

public sealed class DeliverySchedule_on_Sqlite : DeliveryScheduleContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class DeliverySchedule_on_Postgres : DeliveryScheduleContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
