using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public abstract class InboundWorkBacklogContract : StorageContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Work_is_recorded_with_its_keys_once_and_a_retry_under_any_of_them_records_nothing()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var backlog = new InboundWorkBacklog(db.Database, db.Time);

        Assert.True(await backlog.TryRecordAsync(sample.Workspace.Id, ["slack-event:Ev1", "slack-message:D1:1.5"], "slack.direct_message", "{}", Ct));
        Assert.False(await backlog.TryRecordAsync(sample.Workspace.Id, ["slack-event:Ev2", "slack-message:D1:1.5"], "slack.direct_message", "{}", Ct));

        // The refused retry left no key of its own behind.
        Assert.True(await new InboundEventLedger(db.Database, db.Time).TryRecordAsync(sample.Workspace.Id, "slack-event:Ev2", Ct));
        var taken = Assert.Single(await backlog.TakeAsync(10, Lease, Ct));
        Assert.Equal(("slack-event:Ev1", "slack.direct_message", 1), (taken.EventKey, taken.Kind, taken.Attempts));
    }

    [Fact]
    public async Task Taken_work_is_not_taken_again_until_its_lease_runs_out_and_then_once()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var backlog = new InboundWorkBacklog(db.Database, db.Time);
        await backlog.TryRecordAsync(sample.Workspace.Id, ["slack-event:Ev1"], "k", "{}", Ct);

        Assert.Single(await backlog.TakeAsync(10, Lease, Ct));
        Assert.Empty(await backlog.TakeAsync(10, Lease, Ct));

        db.Time.Advance(Lease);
        Assert.Equal(2, Assert.Single(await backlog.TakeAsync(10, Lease, Ct)).Attempts);
        Assert.Empty(await backlog.TakeAsync(10, Lease, Ct));
    }

    [Fact]
    public async Task Work_held_by_its_recording_host_is_left_alone_for_the_lease_and_done_work_never_comes_back()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var backlog = new InboundWorkBacklog(db.Database, db.Time);
        await backlog.HoldAsync(sample.Workspace.Id, "slack-command:T1", "slack.command", "{}", db.Time.GetUtcNow() + Lease, Ct);
        await backlog.TryRecordAsync(sample.Workspace.Id, ["slack-event:Ev1"], "k", "{}", Ct);

        Assert.Equal("slack-event:Ev1", Assert.Single(await backlog.TakeAsync(10, Lease, Ct)).EventKey);
        await backlog.MarkDoneAsync(sample.Workspace.Id, "slack-event:Ev1", Ct);

        db.Time.Advance(Lease);
        Assert.Equal("slack-command:T1", Assert.Single(await backlog.TakeAsync(10, Lease, Ct)).EventKey);
    }

    [Fact]
    public async Task Failed_work_is_never_taken_again_and_work_retried_later_waits_until_then()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var backlog = new InboundWorkBacklog(db.Database, db.Time);
        await backlog.TryRecordAsync(sample.Workspace.Id, ["a"], "k", "{}", Ct);
        await backlog.TryRecordAsync(sample.Workspace.Id, ["b"], "k", "{}", Ct);
        Assert.Equal(2, (await backlog.TakeAsync(10, Lease, Ct)).Count);

        await backlog.MarkFailedAsync(sample.Workspace.Id, "a", "unreadable", Ct);
        await backlog.RetryLaterAsync(sample.Workspace.Id, "b", "timeout", db.Time.GetUtcNow() + TimeSpan.FromSeconds(10), Ct);

        Assert.Empty(await backlog.TakeAsync(10, Lease, Ct));
        db.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("b", Assert.Single(await backlog.TakeAsync(10, Lease, Ct)).EventKey);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var failed = await session.InboundWork.StatusAsync(sample.Workspace.Id, "a", Ct);
        Assert.Equal(("failed", "unreadable"), (failed!.State, failed.LastError));
    }

    [Fact]
    public async Task Two_hosts_taking_at_once_never_take_the_same_work()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var backlog = new InboundWorkBacklog(db.Database, db.Time);
        for (var i = 0; i < 40; i++)
        {
            await backlog.TryRecordAsync(sample.Workspace.Id, [$"slack-event:Ev{i:D2}"], "k", "{}", Ct);
        }

        // Two hosts' workers: each its own connections, taking small batches as fast as they can.
        var hosts = Enumerable.Range(0, 2).Select(_ => new InboundWorkBacklog(db.Database, db.Time)).ToList();
        var taken = await Task.WhenAll(hosts.Select(host => Task.Run(async () =>
        {
            var mine = new List<string>();
            while ((await host.TakeAsync(3, Lease, Ct)) is { Count: > 0 } batch)
            {
                mine.AddRange(batch.Select(w => w.EventKey));
            }

            return mine;
        }, Ct)));

        var all = taken.SelectMany(t => t).ToList();
        Assert.Equal(40, all.Count);
        Assert.Equal(40, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Pruning_deletes_done_work_and_event_keys_past_their_retention_and_keeps_the_rest()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var backlog = new InboundWorkBacklog(db.Database, db.Time);
        var ledger = new InboundEventLedger(db.Database, db.Time);
        await backlog.TryRecordAsync(sample.Workspace.Id, ["old-done"], "k", "{}", Ct);
        await backlog.TryRecordAsync(sample.Workspace.Id, ["old-failed"], "k", "{}", Ct);
        await backlog.MarkDoneAsync(sample.Workspace.Id, "old-done", Ct);
        await backlog.MarkFailedAsync(sample.Workspace.Id, "old-failed", "unreadable", Ct);
        db.Time.Advance(TimeSpan.FromDays(8));
        await backlog.TryRecordAsync(sample.Workspace.Id, ["new-done"], "k", "{}", Ct);
        await backlog.MarkDoneAsync(sample.Workspace.Id, "new-done", Ct);

        var before = db.Time.GetUtcNow() - TimeSpan.FromDays(7);
        Assert.Equal(1, await backlog.PruneDoneAsync(before, Ct));
        Assert.Equal(2, await ledger.PruneAsync(before, Ct));

        // The pruned keys are new again; the kept one is not.
        Assert.True(await ledger.TryRecordAsync(sample.Workspace.Id, "old-done", Ct));
        Assert.False(await ledger.TryRecordAsync(sample.Workspace.Id, "new-done", Ct));
        await using var session = await db.Database.OpenSessionAsync(Ct);
        Assert.Null(await session.InboundWork.StatusAsync(sample.Workspace.Id, "old-done", Ct));
        Assert.Equal("failed", (await session.InboundWork.StatusAsync(sample.Workspace.Id, "old-failed", Ct))!.State);
        Assert.Equal("done", (await session.InboundWork.StatusAsync(sample.Workspace.Id, "new-done", Ct))!.State);
    }

    [Fact]
    public async Task A_nudge_within_the_cool_down_is_refused_with_the_earlier_ones_time_and_two_at_once_record_one()
    {
        await using var db = await MigratedDatabaseAsync();
        var sample = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var at = db.Time.GetUtcNow();

        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => store.RecordUnlessRecentAsync(sample.Workspace.Id, sample.Seller.Id, sample.Manager.Id, at, TimeSpan.FromHours(12), Ct), Ct)));
        Assert.Single(both, earlier => earlier is null);
        Assert.Single(both, earlier => earlier == at);

        Assert.Equal(at, await store.RecordUnlessRecentAsync(sample.Workspace.Id, sample.Seller.Id, sample.Manager.Id, at.AddHours(11), TimeSpan.FromHours(12), Ct));
        Assert.Null(await store.RecordUnlessRecentAsync(sample.Workspace.Id, sample.Seller.Id, sample.Manager.Id, at.AddHours(12), TimeSpan.FromHours(12), Ct));
    }
}

public sealed class InboundWorkBacklog_on_Sqlite : InboundWorkBacklogContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class InboundWorkBacklog_on_Postgres : InboundWorkBacklogContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
