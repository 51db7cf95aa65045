namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>One of two hosts is killed mid fan-out; the other finishes its work.</summary>
[Collection(TwoHostProcesses.Name)]
public sealed class FailoverTests
{
    /// <summary>Hangfire workers per host: at most this many sends are in flight on the host when it dies.</summary>
    private const int WorkersPerHost = 4;

    /// <summary>The lease a live attempt keeps renewing; a dead host's lapses at most this long after it died.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>The cluster's tick (Scheduling:TickMinutes = 1).</summary>
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_host_killed_mid_fan_out_loses_no_prompt_because_the_other_takes_over_its_leased_deliveries()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var cluster = await HostCluster.StartAsync(
            BigTeamFile.DueNow(FanOutTests.TeamSize, now),
            new Dictionary<string, string>
            {
                // Half the default minute, renewed every 10 s while a send works: the dead host's deliveries are free
                // again at most 30 s after it died, and the survivor's next tick sends them.
                ["Scheduling:LeaseSeconds"] = ((int)Lease.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Scheduling:Workers"] = WorkersPerHost.ToString(System.Globalization.CultureInfo.InvariantCulture),
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

        // The last of the dead host's deliveries waits at most for its lease to lapse and then the survivor's next tick.
        var allReached = await HostCluster.WaitForAllAsync(
            () => cluster.DirectMessagesPosted().Distinct(StringComparer.Ordinal).Count(), FanOutTests.TeamSize, stall: Lease + Tick + TimeSpan.FromSeconds(30), cap: TimeSpan.FromMinutes(5), Ct);

        var reachedAt = clock.Elapsed;
        var resumedWithin = reachedAt - killedAt;
        var posted = cluster.DirectMessagesPosted();
        var duplicates = posted.GroupBy(u => u, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var deliveredByB = FanOutTests.DeliveredKeys(cluster.B);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"A killed after {killedAt.TotalSeconds:F1} s, everyone prompted after {reachedAt.TotalSeconds:F1} s; B's passes: {string.Join(" | ", cluster.B.Lines("Scheduler queued"))}; posted at kill {postedAtKill}; delivered by A before it died {deliveredByA.Count}, by B {deliveredByB.Count}; posts {posted.Count}, members {posted.Distinct(StringComparer.Ordinal).Count()}, duplicated {duplicates.Count} ({string.Join(", ", duplicates)})");
        Assert.True(cluster.A.HasExited);
        Assert.True(allReached, $"{posted.Distinct(StringComparer.Ordinal).Count()} of {FanOutTests.TeamSize} members were prompted");
        Assert.Equal(everyone, posted.ToHashSet(StringComparer.Ordinal));
        Assert.NotEmpty(deliveredByB);
        // Within a lease and a tick of the kill (and the survivor's own share of the fan-out, rate-limited to 40/s).
        Assert.True(resumedWithin < Lease + Tick + TimeSpan.FromSeconds(45), $"everyone was prompted {resumedWithin.TotalSeconds:F0} s after the kill");
        // A send the dead host made but never recorded is found by its delivery key in Slack's message metadata
        // before the survivor sends it again, so nobody is prompted twice.
        Assert.Empty(duplicates);
        Assert.Empty(deliveredByA.Intersect(deliveredByB, StringComparer.Ordinal));
    }
}
