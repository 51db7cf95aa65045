using System.Net;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>A signed slash command can arrive more than once (a replay inside the signature window, a duplicate delivery); it is acted on once.</summary>
public class SlackCommandReplayTests
{
    private const string Mei = "U0MEILIN";
    private static readonly string[] NotCheckedIn = ["U0ANDY", "U0BEN", "U0CINDY"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task PostThreeTimesAsync(SlackHost host, string body)
    {
        var signedAt = host.Time.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.SendAsync(host.Signed("/slack/commands", body, "application/x-www-form-urlencoded", signedAt), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static Dictionary<string, int> NudgesPerMember(SlackHost host) =>
        NotCheckedIn.ToDictionary(member => member, member => host.Slack.CallsTo("chat.postMessage").Count(c => c.Arg("channel") == host.Slack.DirectMessageWith(member)));

    [Fact]
    public async Task A_remind_command_posted_three_times_nudges_each_member_once()
    {
        await using var host = await SlackHost.StartAsync(Ct);

        await PostThreeTimesAsync(host, host.CommandBody(Mei, "remind", triggerId: "trigger-remind-1"));
        await host.WaitForCallsAsync("chat.postMessage", 3, Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Equal(NotCheckedIn.ToDictionary(member => member, _ => 1), NudgesPerMember(host));
        Assert.Equal(3, host.Slack.CallsTo("chat.postMessage").Count);
    }

    [Fact]
    public async Task A_second_remind_command_with_its_own_trigger_nudges_again()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        await PostThreeTimesAsync(host, host.CommandBody(Mei, "remind", triggerId: "trigger-remind-1"));
        await host.WaitForCallsAsync("chat.postMessage", 3, Ct);

        await PostThreeTimesAsync(host, host.CommandBody(Mei, "remind", triggerId: "trigger-remind-2"));
        await host.WaitForCallsAsync("chat.postMessage", 6, Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Equal(NotCheckedIn.ToDictionary(member => member, _ => 2), NudgesPerMember(host));
    }
}
