using System.Text.RegularExpressions;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>Two real host processes on one PostgreSQL database send a 500-member team's weekly prompts.</summary>
[Collection(TwoHostProcesses.Name)]
public sealed partial class FanOutTests
{
    public const int TeamSize = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_hosts_send_each_of_500_weekly_prompts_exactly_once_and_both_do_part_of_the_work()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Each host paced at 100 posts a second: one host alone needs five seconds for the team, so the other's first
        // pass, which may start up to a second or two later, still finds work. Unpaced, the first host sent all 500 in
        // under a second and the other found none.
        await using var cluster = await HostCluster.StartAsync(
            BigTeamFile.DueNow(TeamSize, now),
            new Dictionary<string, string>
            {
                ["Slack:RateLimits:CallsPerMinute:chat.postMessage"] = "6000",
                ["Slack:RateLimits:CallsPerMinute:conversations.open"] = "6000",
            },
            Ct);
        var started = clock.Elapsed;
        var everyone = Enumerable.Range(1, TeamSize).Select(BigTeamFile.SlackUserId).ToHashSet(StringComparer.Ordinal);

        var allReached = await HostCluster.WaitForAllAsync(
            () => cluster.DirectMessagesPosted().Distinct(StringComparer.Ordinal).Count(), TeamSize, stall: TimeSpan.FromSeconds(30), cap: TimeSpan.FromMinutes(5), Ct);
        var sent = clock.Elapsed;
        // Until every delivery is recorded as sent: from then on no host may take one again, so a second prompt
        // could only have been posted already.
        await HostCluster.WaitUntilAsync(
            () => DeliveredKeys(cluster.A).Concat(DeliveredKeys(cluster.B)).Distinct(StringComparer.Ordinal).Count() >= TeamSize, TimeSpan.FromSeconds(30), Ct);

        var posted = cluster.DirectMessagesPosted();
        var byA = DeliveredKeys(cluster.A);
        var byB = DeliveredKeys(cluster.B);
        TestContext.Current.TestOutputHelper?.WriteLine($"hosts ready after {started.TotalSeconds:F1} s, all prompted after {sent.TotalSeconds:F1} s; prompts posted {posted.Count}, distinct members {posted.Distinct(StringComparer.Ordinal).Count()}; delivered by A {byA.Count}, by B {byB.Count}");
        Assert.True(allReached, $"{posted.Distinct(StringComparer.Ordinal).Count()} of {TeamSize} members were prompted");
        Assert.Equal(TeamSize, posted.Count);
        Assert.Equal(everyone, posted.ToHashSet(StringComparer.Ordinal));
        Assert.NotEmpty(byA);
        Assert.NotEmpty(byB);
        Assert.Empty(byA.Intersect(byB, StringComparer.Ordinal));
        Assert.Equal(TeamSize, byA.Concat(byB).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Two_hosts_fan_out_within_Slacks_own_rate_limits_and_prompt_each_member_exactly_once()
    {
        const int members = 200;
        await using var cluster = await HostCluster.StartAsync(
            BigTeamFile.DueNow(members, DateTimeOffset.UtcNow),
            new Dictionary<string, string>
            {
                // Each host paces itself at the workspace's rate; together they go over it and meet Slack's 429s.
                ["Slack:RateLimits:CallsPerMinute:chat.postMessage"] = "1200",
                ["Slack:RateLimits:CallsPerMinute:conversations.open"] = "1200",
                ["Slack:Resilience:MaxRetryAttempts"] = "10",
            },
            Ct);
        // One post a second per channel, 20 a second over the workspace, 20 DMs opened a second.
        cluster.Slack.EnforceSlackLimits(new FakeSlackLimits { PostsPerSecond = 20, OpensPerMinute = 1200 });

        var allReached = await HostCluster.WaitForAllAsync(
            () => cluster.DirectMessagesPosted().Distinct(StringComparer.Ordinal).Count(), members, stall: TimeSpan.FromSeconds(60), cap: TimeSpan.FromMinutes(5), Ct);
        await HostCluster.WaitUntilAsync(
            () => DeliveredKeys(cluster.A).Concat(DeliveredKeys(cluster.B)).Distinct(StringComparer.Ordinal).Count() >= members, TimeSpan.FromSeconds(30), Ct);

        var posted = cluster.DirectMessagesPosted();
        var limited = cluster.Slack.Calls.Count(c => c.StatusCode == 429);
        TestContext.Current.TestOutputHelper?.WriteLine($"posted {posted.Count}, members {posted.Distinct(StringComparer.Ordinal).Count()}, 429s {limited}");
        Assert.True(allReached, $"{posted.Distinct(StringComparer.Ordinal).Count()} of {members} members were prompted");
        Assert.Equal(members, posted.Count);
        Assert.Equal(Enumerable.Range(1, members).Select(BigTeamFile.SlackUserId).ToHashSet(StringComparer.Ordinal), posted.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The delivery keys a host's own log says it delivered (DeliverySender's "Delivered {DeliveryKey}").</summary>
    internal static IReadOnlyList<string> DeliveredKeys(HostProcess host) =>
        [.. host.Output.Select(line => DeliveredLine().Match(line)).Where(m => m.Success).Select(m => m.Groups["key"].Value)];

    [GeneratedRegex(@"DeliverySender\[\d+\] Delivered (?<key>\S+)")]
    private static partial Regex DeliveredLine();
}
