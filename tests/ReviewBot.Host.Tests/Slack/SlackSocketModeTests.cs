using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>
/// The real host in Socket Mode only (bot token and app-level token, no signing secret, no public URL) against the fake
/// Slack's Socket Mode server: everything arrives as envelopes on two WebSocket connections and is answered in their
/// acknowledgements, through the same handlers HTTP uses.
/// </summary>
public class SlackSocketModeTests
{
    private const string Andy = "U0ANDY";
    private const string Mei = "U0MEILIN";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Command(SlackHost host, string userId, string text, string triggerId) => new()
    {
        ["token"] = "legacy",
        ["team_id"] = FakeSlackServer.TeamId,
        ["team_domain"] = "fake",
        ["channel_id"] = "C0SALES",
        ["user_id"] = userId,
        ["command"] = "/review",
        ["text"] = text,
        ["api_app_id"] = "A0FAKE",
        ["response_url"] = host.Slack.ResponseUrl($"cmd-{userId}").ToString(),
        ["trigger_id"] = triggerId,
    };

    private static JsonObject DirectMessage(string eventId, string ts) => new()
    {
        ["token"] = "legacy",
        ["team_id"] = FakeSlackServer.TeamId,
        ["api_app_id"] = "A0FAKE",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1795168800,
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0ANDY", ["user"] = Andy, ["text"] = "review help", ["ts"] = ts },
    };

    private static JsonObject Submission(string userId, JsonObject view, Dictionary<string, JsonObject> values)
    {
        var state = new JsonObject();
        foreach (var (blockId, element) in values)
        {
            state[blockId] = new JsonObject { ["value"] = element };
        }

        return new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = FakeSlackServer.TeamId },
            ["user"] = new JsonObject { ["id"] = userId },
            ["view"] = new JsonObject
            {
                ["id"] = "V0CHECKIN",
                ["hash"] = "h1",
                ["callback_id"] = view["callback_id"]!.GetValue<string>(),
                ["private_metadata"] = view["private_metadata"]!.GetValue<string>(),
                ["state"] = new JsonObject { ["values"] = state },
            },
        };
    }

    private static JsonObject Text(string value) => new() { ["type"] = "plain_text_input", ["value"] = value };

    private static JsonObject Chosen(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };

    private static string BlockId(JsonObject view, string labelStart) =>
        view["blocks"]!.AsArray().Single(b => b!["label"]?["text"]?.GetValue<string>().StartsWith(labelStart, StringComparison.Ordinal) == true)!["block_id"]!.GetValue<string>();

    private static async Task<SlackHost> StartInSocketModeAsync()
    {
        var host = await SlackHost.StartAsync(Ct, socketMode: true);
        await host.Slack.SocketMode.WaitForLiveConnectionsAsync(2, Ct);
        return host;
    }

    [Fact]
    public async Task A_host_with_only_a_bot_token_and_an_app_token_opens_two_connections_and_answers_a_command_in_the_acknowledgement()
    {
        await using var host = await StartInSocketModeAsync();

        var envelope = await host.Slack.SocketMode.SendAsync("slash_commands", Command(host, Mei, "quarter", "trigger-q"), Ct);
        var ack = await host.Slack.SocketMode.WaitForAckAsync(envelope, Ct);

        Assert.Equal(2, host.Slack.SocketMode.Connections.Count);
        Assert.Equal("ephemeral", ack.Payload!["response_type"]!.GetValue<string>());
        // Mei reads zh-CN: the review comes back in Chinese over the socket as over HTTP.
        Assert.Equal("Export Sales · 2026-Q4 季度复盘（进行中：第 8 周，共 14 周）", ack.Payload["blocks"]![0]!["text"]!["text"]!.GetValue<string>());

        // Without a signing secret the HTTP endpoints stay mapped and refuse everything.
        using var unsigned = await host.Client.PostAsync(new Uri("/slack/commands", UriKind.Relative), new StringContent("team_id=T0FAKE"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task The_checkin_command_opens_the_modal_and_its_submissions_are_answered_in_their_acknowledgements()
    {
        await using var host = await StartInSocketModeAsync();
        var socket = host.Slack.SocketMode;
        var store = host.Services.GetRequiredService<IReviewStore>();
        var workspace = await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct);
        var andy = (await store.MembersByChatIdentityAsync(workspace!.Id, ChatPlatform.Slack, Andy, Ct)).Single();

        var command = await socket.WaitForAckAsync(await socket.SendAsync("slash_commands", Command(host, Andy, "checkin", "trigger-checkin"), Ct), Ct);
        var open = host.Slack.CallsTo("views.open").Single();
        var view = open.JsonArg("view")!.AsObject();
        var revenue = BlockId(view, "US revenue: value now");
        var confidence = BlockId(view, "Confidence for US revenue");

        var invalid = await socket.WaitForAckAsync(await socket.SendAsync("interactive", Submission(Andy, view, new() { [revenue] = Text("abc"), [confidence] = Chosen("on-track") }), Ct), Ct);
        var valid = await socket.WaitForAckAsync(await socket.SendAsync("interactive", Submission(Andy, view, new() { [revenue] = Text("13.9M"), [confidence] = Chosen("at-risk") }), Ct), Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Null(command.Payload);
        Assert.Equal("trigger-checkin", open.Arg("trigger_id"));
        Assert.Equal("errors", invalid.Payload!["response_action"]!.GetValue<string>());
        Assert.Equal("I couldn't read 'abc' as a USD amount for 'US revenue'. Try 3.2M or 3,200,000.", invalid.Payload["errors"]![revenue]!.GetValue<string>());
        Assert.Null(valid.Payload);
        var stored = Assert.Single(await store.CheckInsAsync(workspace.Id, andy.TeamId, new Quarter(2026, 4), Ct));
        Assert.Equal(13_900_000m, stored.Value);
    }

    [Fact]
    public async Task Envelopes_sent_while_slack_refreshes_a_connection_are_each_handled_once_and_the_refreshed_connection_is_replaced()
    {
        await using var host = await StartInSocketModeAsync();
        var socket = host.Slack.SocketMode;
        var leaving = socket.LiveConnections[0];

        // Slack may have one on its way on the leaving connection as it asks it to go: it is answered there before
        // the connection closes. (One sent after the connection has closed is never read; Slack sends it again.)
        var envelopes = new List<string> { await socket.SendOnAsync(leaving, "events_api", DirectMessage("Ev0007", "1795168800.000107"), Ct) };
        await leaving.DisconnectAsync("refresh_requested", Ct);
        for (var i = 1; i <= 6; i++)
        {
            envelopes.Add(await socket.SendAsync("events_api", DirectMessage($"Ev{i:D4}", $"1795168800.00010{i}"), Ct));
        }

        foreach (var envelope in envelopes)
        {
            await socket.WaitForAckAsync(envelope, Ct);
        }

        Assert.True(await Poll.UntilAsync(() => leaving.IsClosed && socket.LiveConnections.Count == 2, TimeSpan.FromSeconds(30), Ct));
        await host.WaitForCallsAsync("chat.postMessage", envelopes.Count, Ct);
        await host.WaitForIdleAsync(Ct);
        Assert.All(envelopes, envelope => Assert.Single(socket.AcksFor(envelope)));
        Assert.Equal(envelopes.Count, host.Slack.CallsTo("chat.postMessage").Count);
        Assert.Equal(3, socket.Connections.Count);
    }

    [Fact]
    public async Task A_dropped_socket_is_opened_again_after_a_failed_try_and_the_next_command_is_answered()
    {
        await using var host = await StartInSocketModeAsync();
        var socket = host.Slack.SocketMode;
        var dropped = socket.LiveConnections[0];

        // The first try to reconnect fails; the next comes after a backoff on the host's clock.
        socket.FailNextOpen("internal_error");
        dropped.Drop();
        Assert.True(await Poll.AdvancingAsync(host.Time, TimeSpan.FromSeconds(1), () => socket.LiveConnections.Count == 2 && socket.Connections.Count == 3, TimeSpan.FromSeconds(30), Ct));
        var ack = await socket.WaitForAckAsync(await socket.SendOnAsync(socket.LiveConnections.Single(c => c.Number == 3), "slash_commands", Command(host, Andy, "help", "trigger-help"), Ct), Ct);

        Assert.True(dropped.IsClosed);
        Assert.StartsWith("What you can do, Andy", ack.Payload!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Logs, log => log.Message.StartsWith("Socket Mode connection 1 ended", StringComparison.Ordinal) || log.Message.StartsWith("Socket Mode connection 2 ended", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_envelope_slack_sends_again_is_handled_once_whether_it_comes_with_the_same_envelope_id_or_the_same_event_id()
    {
        await using var host = await StartInSocketModeAsync();
        var socket = host.Slack.SocketMode;

        var message = await socket.SendAsync("events_api", DirectMessage("Ev0100", "1795168800.000200"), Ct);
        var first = await socket.WaitForAckAsync(message, Ct);
        await socket.ResendAsync(message, Ct);
        var retried = await socket.SendAsync("events_api", DirectMessage("Ev0100", "1795168800.000200"), Ct, retryAttempt: 1);
        var checkin = await socket.SendAsync("slash_commands", Command(host, Andy, "checkin", "trigger-once"), Ct);
        var checkinAck = await socket.WaitForAckAsync(checkin, Ct);
        await socket.ResendAsync(checkin, Ct);
        Assert.True(await Poll.UntilAsync(() => socket.AcksFor(message).Count == 2 && socket.AcksFor(retried).Count == 1 && socket.AcksFor(checkin).Count == 2, TimeSpan.FromSeconds(30), Ct));
        await host.WaitForCallsAsync("chat.postMessage", 1, Ct);
        await host.WaitForIdleAsync(Ct);

        Assert.Equal("What you can do, Andy", Assert.Single(host.Slack.CallsTo("chat.postMessage")).Arg("text"));
        Assert.Single(host.Slack.CallsTo("views.open"));
        Assert.Equal(first.Payload?.ToJsonString(), socket.AcksFor(message)[1].Payload?.ToJsonString());
        Assert.Equal(checkinAck.Payload?.ToJsonString(), socket.AcksFor(checkin)[1].Payload?.ToJsonString());
    }

    [Fact]
    public async Task Neither_the_app_token_nor_a_connection_ticket_is_logged_through_drops_refusals_and_refreshes()
    {
        await using var host = await StartInSocketModeAsync();
        var socket = host.Slack.SocketMode;

        // A drop whose reconnect Slack refuses (as it would a revoked token), then tried again a minute later; then a refresh.
        socket.FailNextOpen("invalid_auth");
        socket.LiveConnections[0].Drop();
        Assert.True(await Poll.AdvancingAsync(host.Time, TimeSpan.FromSeconds(5), () => socket.LiveConnections.Count == 2 && socket.Connections.Count == 3, TimeSpan.FromSeconds(30), Ct));
        await socket.LiveConnections[0].DisconnectAsync("warning", Ct);
        Assert.True(await Poll.UntilAsync(() => socket.LiveConnections.Count == 2 && socket.Connections.Count == 4, TimeSpan.FromSeconds(30), Ct));
        await socket.WaitForAckAsync(await socket.SendAsync("slash_commands", Command(host, Mei, "me", "trigger-me"), Ct), Ct);

        var logs = host.Logs.Logs;
        var written = string.Join('\n', logs.Select(log => $"{log.Message} {string.Join(' ', log.Values)} {log.Exception}"));
        Assert.Contains("Socket Mode connection 1 is open", written, StringComparison.Ordinal);
        Assert.Contains("opening its replacement", written, StringComparison.Ordinal);
        Assert.Contains(logs, log => log.Level == Microsoft.Extensions.Logging.LogLevel.Error && log.Message.StartsWith("Slack refused Slack:AppToken (invalid_auth)", StringComparison.Ordinal));
        Assert.DoesNotContain(socket.AppToken, written, StringComparison.Ordinal);
        Assert.DoesNotContain("xapp-", written, StringComparison.Ordinal);
        Assert.DoesNotContain("ticket=", written, StringComparison.Ordinal);
        Assert.All(socket.Tickets, ticket => Assert.DoesNotContain(ticket, written, StringComparison.Ordinal));
    }
}
