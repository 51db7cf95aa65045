using ReviewBot.Testing;

namespace ReviewBot.Storage.Tests;

public class ScheduleStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_delivery_is_claimed_once_then_recorded_as_sent_with_where_it_went()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        var due = db.Time.GetUtcNow();

        Assert.True(await session.Schedule.TryClaimAsync(sample.Workspace.Id, "prompt:m:2026-Q4:8", "WeeklyPrompt", sample.Team.Id, sample.Seller.Id, due, Ct));
        Assert.False(await session.Schedule.TryClaimAsync(sample.Workspace.Id, "prompt:m:2026-Q4:8", "WeeklyPrompt", sample.Team.Id, sample.Seller.Id, due, Ct));
        await session.Schedule.MarkSentAsync(sample.Workspace.Id, "prompt:m:2026-Q4:8", due.AddMinutes(1), "{\"channel\":\"D1\",\"ts\":\"1.2\"}", Ct);

        var sent = await session.Schedule.GetAsync(sample.Workspace.Id, "prompt:m:2026-Q4:8", Ct);
        Assert.Equal(("sent", 1, due.AddMinutes(1), "{\"channel\":\"D1\",\"ts\":\"1.2\"}"), (sent!.Status, sent.Attempts, sent.SentAt, sent.MessageRef));
        Assert.Single(await session.Schedule.ForTeamAsync(sample.Workspace.Id, sample.Team.Id, Ct));
    }

    [Fact]
    public async Task A_transient_failure_keeps_the_claim_and_a_permanent_one_marks_it_failed_with_its_reason()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var sample = await SampleData.WriteAsync(db.Database, "T01", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);
        await session.Schedule.TryClaimAsync(sample.Workspace.Id, "k", "Reminder", sample.Team.Id, sample.Seller.Id, db.Time.GetUtcNow(), Ct);

        await session.Schedule.MarkFailedAsync(sample.Workspace.Id, "k", "ratelimited", permanent: false, Ct);
        Assert.Equal(("claimed", 1, "ratelimited"), await StateAsync());
        await session.Schedule.MarkFailedAsync(sample.Workspace.Id, "k", "user_not_found", permanent: true, Ct);
        Assert.Equal(("failed", 2, "user_not_found"), await StateAsync());

        async Task<(string, int, string?)> StateAsync()
        {
            var delivery = await session.Schedule.GetAsync(sample.Workspace.Id, "k", Ct);
            return (delivery!.Status, delivery.Attempts, delivery.LastError);
        }
    }

    [Fact]
    public async Task Leaves_are_kept_per_member_and_never_seen_from_another_workspace()
    {
        await using var db = await TemporaryDatabase.MigratedAsync(Ct);
        var a = await SampleData.WriteAsync(db.Database, "TA", Ct);
        var b = await SampleData.WriteAsync(db.Database, "TB", Ct);
        await using var session = await db.Database.OpenSessionAsync(Ct);

        await session.Schedule.AddLeaveAsync(a.Workspace.Id, a.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 2), Ct);
        await session.Schedule.AddLeaveAsync(a.Workspace.Id, a.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 4), Ct);

        Assert.Equal([(a.Seller.Id, new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 4))], await session.Schedule.LeavesAsync(a.Workspace.Id, Ct));
        Assert.Empty(await session.Schedule.LeavesAsync(b.Workspace.Id, Ct));
        Assert.Empty(await session.Schedule.ForTeamAsync(b.Workspace.Id, a.Team.Id, Ct));
        await session.Schedule.RemoveLeavesAsync(a.Workspace.Id, a.Seller.Id, Ct);
        Assert.Empty(await session.Schedule.LeavesAsync(a.Workspace.Id, Ct));
    }
}
