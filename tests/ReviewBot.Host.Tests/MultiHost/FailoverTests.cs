namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>One of two hosts is killed mid fan-out; the other finishes its work.</summary>
[Collection(TwoHostProcesses.Name)]
public sealed class FailoverTests
{
    /// <summary>Hangfire workers per host: at most this many sends are in flight on the host when it dies.</summary>
    private const int WorkersPerHost = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_host_killed_mid_fan_out_loses_no_prompt_because_the_other_takes_over_its_leased_deliveries()
    {
        var now = DateTimeOffset.UtcNow;
        Assert.SkipUnless(BigTeamFile.PromptsCanBeDue(now), "It is a weekend in every time zone, so no weekly prompt is due anywhere now.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var cluster = await HostCluster.StartAsync(
            BigTeamFile.DueNow(FanOutTests.TeamSize, now),
            new Dictionary<string, string>
            {
                // Short, so the survivor may take over the dead host's deliveries seconds after their lease ran out.
                ["Scheduling:LeaseSeconds"] = "10",
                ["Slack:Resilience:MaxRetryAttempts"] = "10",
            },
            Ct);
        // Slack slowed to 40 posts a second (429 with Retry-After beyond that): the fan-out takes over ten seconds.
        cluster.Slack.RateLimit("chat.postMessage", 40, TimeSpan.FromSeconds(1));
        var everyone = Enumerable.Range(1, FanOutTests.TeamSize).Select(BigTeamFile.SlackUserId).ToHashSet(StringComparer.Ordinal);

        Assert.True(await HostCluster.WaitUntilAsync(() => FanOutTests.DeliveredKeys(cluster.A).Count >= 30, TimeSpan.FromSeconds(60), Ct), "host A never got going");
        await cluster.A.KillAsync();
        var killedAt = clock.Elapsed;
        var postedAtKill = cluster.DirectMessagesPosted().Count;
        var deliveredByA = FanOutTests.DeliveredKeys(cluster.A);

        // The stall allowed is longer than a tick plus a lease: the last of the dead host's deliveries may wait for both.
        var allReached = await HostCluster.WaitForAllAsync(
            () => cluster.DirectMessagesPosted().Distinct(StringComparer.Ordinal).Count(), FanOutTests.TeamSize, stall: TimeSpan.FromSeconds(80), cap: TimeSpan.FromMinutes(5), Ct);

        var reachedAt = clock.Elapsed;
        var posted = cluster.DirectMessagesPosted();
        var duplicates = posted.GroupBy(u => u, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var deliveredByB = FanOutTests.DeliveredKeys(cluster.B);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"A killed after {killedAt.TotalSeconds:F1} s, everyone prompted after {reachedAt.TotalSeconds:F1} s; B's passes: {string.Join(" | ", cluster.B.Lines("Scheduler queued"))}; posted at kill {postedAtKill}; delivered by A before it died {deliveredByA.Count}, by B {deliveredByB.Count}; posts {posted.Count}, members {posted.Distinct(StringComparer.Ordinal).Count()}, duplicated {duplicates.Count} ({string.Join(", ", duplicates)})");
        Assert.True(cluster.A.HasExited);
        Assert.True(allReached, $"{posted.Distinct(StringComparer.Ordinal).Count()} of {FanOutTests.TeamSize} members were prompted");
        Assert.Equal(everyone, posted.ToHashSet(StringComparer.Ordinal));
        Assert.NotEmpty(deliveredByB);
        // Only a send the dead host had made but not yet recorded can go out twice: one per worker at most.
        Assert.InRange(duplicates.Count, 0, WorkersPerHost);
        Assert.Empty(deliveredByA.Intersect(deliveredByB, StringComparer.Ordinal));
    }
}
