using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class ScheduleStoreContract : StorageContract
{
    [Fact]
    public async Task A_delivery_is_claimed_once_then_recorded_as_sent_with_where_it_went()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var due = db.Time.GetUtcNow();

        var prompt = Due(sample, "prompt:m:2026-Q4:8", DeliveryKind.WeeklyPrompt, due);
        Assert.True(await session.Schedule.TryClaimAsync(prompt, Ct));
        Assert.False(await session.Schedule.TryClaimAsync(prompt with { DueAt = due.AddHours(1) }, Ct));
        await session.Schedule.MarkSentAsync(sample.Workspace.Id, "prompt:m:2026-Q4:8", due.AddMinutes(1), new SentMessage("{\"channel\":\"D1\",\"ts\":\"1.2\"}"), Ct);

        var sent = await session.Schedule.GetAsync(sample.Workspace.Id, "prompt:m:2026-Q4:8", Ct);
        Assert.Equal((DeliveryState.Sent, 1, due.AddMinutes(1), "{\"channel\":\"D1\",\"ts\":\"1.2\"}"), (sent!.State, sent.Attempts, sent.SentAt, sent.MemberMessage?.Reference));
        Assert.Equal((DeliveryKind.WeeklyPrompt, Quarter.Parse("2026-Q4"), (int?)8, due), (sent.Kind, sent.Quarter, sent.WeekNumber, sent.DueAt));
        Assert.Single(await session.Schedule.ForTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct));
    }

    [Fact]
    public async Task Only_the_attempt_holding_a_lease_renews_it_and_a_late_renewal_after_a_takeover_fails()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var now = db.Time.GetUtcNow();
        await session.Schedule.TryClaimAsync(Due(sample, "k", DeliveryKind.WeeklyPrompt, now), Ct);
        var workspace = sample.Workspace.Id;

        Assert.NotNull(await session.Schedule.TryStartAttemptAsync(workspace, "k", "first", now, now.AddMinutes(1), Ct));
        Assert.True(await session.Schedule.TryRenewLeaseAsync(workspace, "k", "first", now.AddMinutes(2), Ct));
        Assert.False(await session.Schedule.TryRenewLeaseAsync(workspace, "k", "second", now.AddMinutes(3), Ct));
        Assert.Empty(await session.Schedule.PendingAsync(now.AddSeconds(90), Ct));

        // The first attempt's host stalled past its renewed lease: a second attempt takes over, and the first's late
        // renewal no longer extends anything.
        Assert.NotNull(await session.Schedule.TryStartAttemptAsync(workspace, "k", "second", now.AddMinutes(2), now.AddMinutes(3), Ct));
        Assert.False(await session.Schedule.TryRenewLeaseAsync(workspace, "k", "first", now.AddMinutes(4), Ct));
        Assert.True(await session.Schedule.TryRenewLeaseAsync(workspace, "k", "second", now.AddMinutes(4), Ct));
        Assert.Equal(now.AddMinutes(4), (await session.Schedule.GetAsync(workspace, "k", Ct))!.NotBefore);

        await session.Schedule.MarkSentAsync(workspace, "k", now.AddMinutes(3), new SentMessage("m1"), Ct);
        Assert.False(await session.Schedule.TryRenewLeaseAsync(workspace, "k", "second", now.AddMinutes(5), Ct));
    }

    [Fact]
    public async Task A_team_posts_channels_are_kept_as_a_map_through_its_sending_and_a_member_deliverys_message_as_one_reference()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var now = db.Time.GetUtcNow();
        var workspace = sample.Workspace.Id;
        await session.Schedule.TryClaimAsync(Due(sample, "review", DeliveryKind.QuarterReview, now), Ct);
        await session.Schedule.TryClaimAsync(Due(sample, "prompt", DeliveryKind.WeeklyPrompt, now), Ct);

        await session.Schedule.RecordChannelPostsAsync(workspace, "review", new Dictionary<string, SentMessage> { ["C1"] = new("{\"channel\":\"C1\",\"ts\":\"1.1\"}") }, Ct);
        var halfway = await session.Schedule.GetAsync(workspace, "review", Ct);
        await session.Schedule.MarkSentAsync(workspace, "review", now, memberMessage: null, Ct);
        await session.Schedule.MarkSentAsync(workspace, "prompt", now, new SentMessage("{\"channel\":\"D1\",\"ts\":\"2.2\"}"), Ct);
        var review = await session.Schedule.GetAsync(workspace, "review", Ct);
        var prompt = await session.Schedule.GetAsync(workspace, "prompt", Ct);

        Assert.Equal(["C1"], halfway!.ChannelPosts.Keys);
        Assert.Equal(("{\"channel\":\"C1\",\"ts\":\"1.1\"}", (SentMessage?)null), (review!.ChannelPosts["C1"].Reference, review.MemberMessage));
        Assert.Equal(("{\"channel\":\"D1\",\"ts\":\"2.2\"}", 0), (prompt!.MemberMessage?.Reference, prompt.ChannelPosts.Count));
    }

    [Fact]
    public async Task A_transient_failure_keeps_the_claim_and_a_permanent_one_marks_it_failed_with_its_reason()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var now = db.Time.GetUtcNow();
        await session.Schedule.TryClaimAsync(Due(sample, "k", DeliveryKind.Reminder, now), Ct);

        await session.Schedule.MarkFailedAsync(sample.Workspace.Id, "k", "ratelimited", now.AddMinutes(5), Ct);
        Assert.Equal((DeliveryState.Claimed, 1, "ratelimited"), await StateAsync());
        Assert.Empty(await session.Schedule.PendingAsync(now.AddMinutes(4), Ct));
        Assert.Single(await session.Schedule.PendingAsync(now.AddMinutes(5), Ct));
        await session.Schedule.MarkFailedAsync(sample.Workspace.Id, "k", "user_not_found", retryAt: null, Ct);
        Assert.Equal((DeliveryState.Failed, 2, "user_not_found"), await StateAsync());
        Assert.Empty(await session.Schedule.PendingAsync(now.AddDays(1), Ct));

        async Task<(DeliveryState, int, string?)> StateAsync()
        {
            var delivery = await session.Schedule.GetAsync(sample.Workspace.Id, "k", Ct);
            return (delivery!.State, delivery.Attempts, delivery.LastError);
        }
    }

    [Fact]
    public async Task Only_one_attempt_holds_a_delivery_until_its_lease_ends_and_a_sent_one_is_never_taken_again()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var now = db.Time.GetUtcNow();
        await session.Schedule.TryClaimAsync(Due(sample, "k", DeliveryKind.WeeklyPrompt, now), Ct);
        Assert.Single(await session.Schedule.PendingAsync(now, Ct));

        Assert.NotNull(await session.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now, now.AddMinutes(15), Ct));
        Assert.Null(await session.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now.AddMinutes(1), now.AddMinutes(16), Ct));
        Assert.Empty(await session.Schedule.PendingAsync(now.AddMinutes(1), Ct));

        // The host holding it died: once the lease is over, it is pending again and can be taken.
        Assert.Single(await session.Schedule.PendingAsync(now.AddMinutes(15), Ct));
        Assert.NotNull(await session.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now.AddMinutes(15), now.AddMinutes(30), Ct));
        await session.Schedule.MarkSentAsync(sample.Workspace.Id, "k", now.AddMinutes(16), null, Ct);
        Assert.Null(await session.Schedule.TryStartAttemptAsync(sample.Workspace.Id, "k", "attempt", now.AddHours(1), now.AddHours(2), Ct));

        // The first attempt, late, reports its failure: the delivery stays sent.
        await session.Schedule.MarkFailedAsync(sample.Workspace.Id, "k", "timed out", retryAt: null, Ct);
        await session.Schedule.MarkSkippedAsync(sample.Workspace.Id, "k", "checked in", Ct);
        Assert.Equal((DeliveryState.Sent, 1, (string?)null), await session.Schedule.GetAsync(sample.Workspace.Id, "k", Ct) is { } d ? (d.State, d.Attempts, d.LastError) : default);
        Assert.Empty(await session.Schedule.PendingAsync(now.AddHours(1), Ct));
    }

    [Fact]
    public async Task Leaves_are_kept_per_member_and_never_seen_from_another_workspace()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.Schedule.AddLeaveAsync(a.Workspace.Id, a.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 2), Ct);
        await session.Schedule.AddLeaveAsync(a.Workspace.Id, a.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 4), Ct);

        Assert.Equal([new Leave(a.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 4))], await session.Schedule.LeavesAsync(a.Workspace.Id, Ct));
        Assert.Empty(await session.Schedule.LeavesAsync(b.Workspace.Id, Ct));
        Assert.Empty(await session.Schedule.ForTeamAsync(b.Workspace.Id, a.Team.Id, Ct));
        await session.Schedule.RemoveLeavesAsync(a.Workspace.Id, a.Seller.Id, Ct);
        Assert.Empty(await session.Schedule.LeavesAsync(a.Workspace.Id, Ct));
    }

    private static DueDelivery Due(SampleData sample, string key, DeliveryKind kind, DateTimeOffset at) => new()
    {
        Kind = kind,
        Key = key,
        WorkspaceId = sample.Workspace.Id,
        TeamId = sample.Team.Id,
        MemberId = sample.Seller.Id,
        Quarter = Quarter.Parse("2026-Q4"),
        WeekNumber = 8,
        DueAt = at,
    };
}

public sealed class ScheduleStore_on_Sqlite : ScheduleStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class ScheduleStore_on_Postgres : ScheduleStoreContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
