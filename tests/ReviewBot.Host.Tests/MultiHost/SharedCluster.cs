namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>
/// Two hosts with the scheduler off (no prompts of their own in the middle of a conversation) and a small team,
/// shared by the tests of one class. Started by the first test that asks, so a missing PostgreSQL skips that
/// test rather than failing the fixture.
/// </summary>
public sealed class SharedCluster : IAsyncDisposable
{
    private readonly Lazy<Task<HostCluster>> cluster = new(() => HostCluster.StartAsync(
        BigTeamFile.DueNow(3, DateTimeOffset.UtcNow),
        new Dictionary<string, string> { ["Scheduling:Enabled"] = "false" },
        CancellationToken.None));

    internal Task<HostCluster> GetAsync() => cluster.Value;

    public async ValueTask DisposeAsync()
    {
        if (cluster.IsValueCreated && cluster.Value.IsCompletedSuccessfully)
        {
            await (await cluster.Value).DisposeAsync();
        }
    }
}
