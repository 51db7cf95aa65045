using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using ReviewBot.Core.Conversation;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.MultiHost;

/// <summary>What Slack sends to whichever host the load balancer picks: dialogs and retries hold across hosts.</summary>
[Collection(TwoHostProcesses.Name)]
public sealed class SharedStateTests(SharedCluster shared) : IClassFixture<SharedCluster>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_modal_opened_through_host_A_and_submitted_through_host_B_saves_once_and_a_replay_to_A_adds_nothing()
    {
        var cluster = await shared.GetAsync();
        var press = Interaction("block_actions", "U00001");
        press["trigger_id"] = "trigger-multi-1";
        press["response_url"] = cluster.Slack.ResponseUrl("press").ToString();
        press["actions"] = new JsonArray(new JsonObject { ["action_id"] = ActionIds.OpenCheckIn });

        Assert.Equal(HttpStatusCode.OK, (await HostCluster.InteractAsync(cluster.A, press, Ct)).StatusCode);
        Assert.True(await HostCluster.WaitUntilAsync(() => cluster.Slack.CallsTo("views.open").Count > 0, TimeSpan.FromSeconds(10), Ct), "host A opened no modal");
        var view = cluster.Slack.CallsTo("views.open").Single().JsonArg("view")!.AsObject();
        var submission = Submission(view, new()
        {
            [BlockId(view, "Revenue of seller 1: value now")] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "420k" },
            [BlockId(view, "Confidence for Revenue of seller 1")] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = "on-track" } },
        });

        var saved = await HostCluster.InteractAsync(cluster.B, submission, Ct);
        var savedBody = await saved.Content.ReadAsStringAsync(Ct);
        var afterB = await CheckInsAsync(cluster);
        var replayed = await HostCluster.InteractAsync(cluster.A, submission, Ct);
        var afterReplay = await CheckInsAsync(cluster);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("", savedBody);
        Assert.Equal([420_000m], afterB);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal([420_000m], afterReplay);
    }

    [Fact]
    public async Task The_same_slack_event_delivered_to_both_hosts_is_answered_once()
    {
        var cluster = await shared.GetAsync();
        var envelope = new JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = FakeSlackServer.TeamId,
            ["event_id"] = "EvMultiHost0001",
            ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0SELLER2", ["user"] = "U00002", ["text"] = "review help", ["ts"] = "1795168800.000100" },
        };

        var answers = await Task.WhenAll(HostCluster.EventAsync(cluster.A, envelope, Ct), HostCluster.EventAsync(cluster.B, envelope, Ct));
        var replied = await HostCluster.WaitUntilAsync(() => Replies(cluster).Count > 0, TimeSpan.FromSeconds(10), Ct);
        // Each host decides before it acknowledges, so both have decided by now; a second reply, if one were
        // coming, would follow within moments, and ends this wait at once.
        await HostCluster.WaitUntilAsync(() => Replies(cluster).Count > 1, TimeSpan.FromSeconds(2), Ct);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.True(replied, "neither host replied");
        Assert.StartsWith("What you can do", Assert.Single(Replies(cluster)).Arg("text"), StringComparison.Ordinal);
    }

    private static List<SlackCall> Replies(HostCluster cluster) =>
        [.. cluster.Slack.CallsTo("chat.postMessage").Where(c => c.Arg("channel") == "D0SELLER2")];

    private static async Task<List<decimal>> CheckInsAsync(HostCluster cluster)
    {
        await using var connection = await cluster.Database.OpenAsync(Ct);
        return [.. await connection.QueryAsync<decimal>(new CommandDefinition("SELECT value FROM check_ins", cancellationToken: Ct))];
    }

    private static JsonObject Interaction(string type, string userId) => new()
    {
        ["type"] = type,
        ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId },
        ["user"] = new JsonObject { ["id"] = userId },
    };

    private static JsonObject Submission(JsonObject view, Dictionary<string, JsonObject> values)
    {
        var state = new JsonObject();
        foreach (var (blockId, element) in values)
        {
            state[blockId] = new JsonObject { ["value"] = element };
        }

        var payload = Interaction("view_submission", "U00001");
        payload["view"] = new JsonObject
        {
            ["id"] = "V0MULTI",
            ["hash"] = "h1",
            ["callback_id"] = view["callback_id"]!.GetValue<string>(),
            ["private_metadata"] = view["private_metadata"]!.GetValue<string>(),
            ["state"] = new JsonObject { ["values"] = state },
        };
        return payload;
    }

    private static string BlockId(JsonObject view, string labelStart) =>
        view["blocks"]!.AsArray().Single(b => b!["label"]?["text"]?.GetValue<string>().StartsWith(labelStart, StringComparison.Ordinal) == true)!["block_id"]!.GetValue<string>();
}
