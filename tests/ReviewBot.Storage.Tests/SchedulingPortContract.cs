using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;
using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

/// <summary>The engine's leave and delivery-problem port over the scheduler's tables.</summary>
public abstract class SchedulingPortContract : StorageContract
{
    private static readonly Quarter Q4 = new(2026, 4);

    [Fact]
    public async Task Leave_set_through_the_port_is_what_the_scheduler_reads_and_stays_in_its_workspace()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var leave = new Leave(a.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 2));

        await store.AddLeaveAsync(a.Workspace.Id, leave, Ct);
        await store.AddLeaveAsync(a.Workspace.Id, new Leave(a.Manager.Id, new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24)), Ct);

        Assert.Equal([leave, new Leave(a.Manager.Id, new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 24))], await store.LeavesAsync(a.Workspace.Id, a.Team.Id, Ct));
        Assert.Empty(await store.LeavesAsync(b.Workspace.Id, b.Team.Id, Ct));
        Assert.Empty(await store.LeavesAsync(b.Workspace.Id, a.Team.Id, Ct));
        Assert.Contains(leave, await store.WorkspaceLeavesAsync(a.Workspace.Id, Ct));
        Assert.Empty(await store.WorkspaceLeavesAsync(b.Workspace.Id, Ct));

        await store.RemoveLeavesAsync(b.Workspace.Id, a.Seller.Id, Ct);
        Assert.Equal(2, (await store.LeavesAsync(a.Workspace.Id, a.Team.Id, Ct)).Count);
        await store.RemoveLeavesAsync(a.Workspace.Id, a.Seller.Id, Ct);
        Assert.Equal([a.Manager.Id], (await store.LeavesAsync(a.Workspace.Id, a.Team.Id, Ct)).Select(l => l.MemberId));
    }

    [Fact]
    public async Task Delivery_problems_are_the_given_up_and_the_retrying_of_the_teams_quarter_in_its_own_workspace()
    {
        await using var db = await MigratedDatabaseAsync();
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        var store = new ReviewStore(db.Database, db.Time);
        var now = db.Time.GetUtcNow();
        await using (var session = await db.Database.OpenSessionAsync(Ct))
        {
            async Task ClaimAsync(SampleData sample, string key, DeliveryKind kind, string? memberId, Quarter quarter, int? week)
            {
                var due = new DueDelivery { Kind = kind, Key = key, WorkspaceId = sample.Workspace.Id, TeamId = sample.Team.Id, MemberId = memberId, Quarter = quarter, WeekNumber = week, DueAt = now };
                Assert.True(await session.Schedule.TryClaimAsync(due, Ct));
            }

            await ClaimAsync(a, "sent", DeliveryKind.WeeklyPrompt, a.Seller.Id, Q4, 8);
            await session.Schedule.MarkSentAsync(a.Workspace.Id, "sent", now, null, Ct);
            await ClaimAsync(a, "gone", DeliveryKind.WeeklyPrompt, a.Seller.Id, Q4, 8);
            await session.Schedule.MarkFailedAsync(a.Workspace.Id, "gone", "user left the workspace", retryAt: null, Ct);
            await ClaimAsync(a, "digest", DeliveryKind.WeeklyDigest, null, Q4, 8);
            await session.Schedule.MarkFailedAsync(a.Workspace.Id, "digest", "rate limited", now.AddMinutes(5), Ct);
            await session.Schedule.MarkFailedAsync(a.Workspace.Id, "digest", "rate limited", now.AddMinutes(10), Ct);
            await ClaimAsync(a, "waiting", DeliveryKind.Reminder, a.Seller.Id, Q4, 8);
            await ClaimAsync(a, "last-quarter", DeliveryKind.QuarterReview, null, Q4.Previous(), null);
            await session.Schedule.MarkFailedAsync(a.Workspace.Id, "last-quarter", "channel archived", retryAt: null, Ct);
            await ClaimAsync(b, "gone", DeliveryKind.WeeklyPrompt, b.Seller.Id, Q4, 8);
            await session.Schedule.MarkFailedAsync(b.Workspace.Id, "gone", "another workspace's", retryAt: null, Ct);
        }

        var problems = await store.DeliveryProblemsAsync(a.Workspace.Id, a.Team.Id, Q4, Ct);

        Assert.Equal(
            [
                new DeliveryProblem(null, DeliveryKind.WeeklyDigest, 8, GaveUp: false, "rate limited", 2),
                new DeliveryProblem(a.Seller.Id, DeliveryKind.WeeklyPrompt, 8, GaveUp: true, "user left the workspace", 1),
            ],
            problems.OrderBy(p => p.Kind == DeliveryKind.WeeklyDigest ? 0 : 1));
        Assert.Equal(["channel archived"], (await store.DeliveryProblemsAsync(a.Workspace.Id, a.Team.Id, Q4.Previous(), Ct)).Select(p => p.Reason));
        Assert.Empty(await store.DeliveryProblemsAsync(b.Workspace.Id, a.Team.Id, Q4, Ct));
        Assert.Equal(["another workspace's"], (await store.DeliveryProblemsAsync(b.Workspace.Id, b.Team.Id, Q4, Ct)).Select(p => p.Reason));
    }
}

public sealed class SchedulingPort_on_Sqlite : SchedulingPortContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Sqlite, Ct);
}

public sealed class SchedulingPort_on_Postgres : SchedulingPortContract
{
    protected override Task<TemporaryDatabase> MigratedDatabaseAsync() => TemporaryDatabase.MigratedAsync(StorageProvider.Postgres, Ct);
}
