using ReviewBot.Host.Scheduling;
using ReviewBot.Host.Tests.MultiHost;

namespace ReviewBot.Host.Tests.Scheduling;

public class DeliveryPassQueueingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_big_teams_first_deliveries_are_queued_before_the_rest_of_the_team_is_claimed()
    {
        SchedulerHarness? sim = null;
        var queue = new ClaimsCountingDispatcher(async () =>
        {
            await using var session = await sim!.Database.OpenSessionAsync(Ct);
            return (await session.Schedule.PendingAsync(sim.Time.GetUtcNow(), Ct)).Count;
        });
        sim = await SchedulerHarness.StartAsync(BigTeamFile.DueNow(600, Now), Now, Ct, _ => queue);
        await using var _ = sim;

        var pass = await sim.TickAsync(Ct);

        Assert.Equal(600, pass.Claimed);
        Assert.Equal(600, queue.Queued);
        Assert.InRange(queue.ClaimedWhenFirstQueued, 1, 599);
    }

    /// <summary>Counts what is queued, and how many of the team's deliveries were claimed when the first was.</summary>
    private sealed class ClaimsCountingDispatcher(Func<Task<int>> claimed) : IDeliveryDispatcher
    {
        public int Queued { get; private set; }

        public int ClaimedWhenFirstQueued { get; private set; }

        public async Task DispatchAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
        {
            if (Queued++ == 0)
            {
                ClaimedWhenFirstQueued = await claimed();
            }
        }
    }
}
