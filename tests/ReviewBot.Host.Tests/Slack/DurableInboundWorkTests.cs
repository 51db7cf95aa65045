using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReviewBot.Core.Conversation;
using ReviewBot.Host.Inbound;
using ReviewBot.Slack.Handlers.Inbound;
using ReviewBot.Storage;
using ReviewBot.Testing;

namespace ReviewBot.Host.Tests.Slack;

/// <summary>What Slack was told is accepted is in the database before the acknowledgement, and done once, whichever host does it.</summary>
public class DurableInboundWorkTests
{
    private const string Andy = "U0ANDY";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject DirectMessage(string eventId, string text, string ts) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = FakeSlackServer.TeamId,
        ["event_id"] = eventId,
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0ANDY", ["user"] = Andy, ["text"] = text, ["ts"] = ts },
    };

    /// <summary>A host whose worker takes nothing: it acknowledges and records, and stops before it would answer.</summary>
    private static void HoldTheWorker(IServiceCollection services)
    {
        services.RemoveAll<IInboundWorkBacklog>();
        services.AddSingleton<IInboundWorkBacklog>(provider => new TakesNothing(provider.GetRequiredService<InboundWorkBacklog>()));
    }

    [Fact]
    public async Task An_event_acknowledged_by_a_host_that_stopped_before_answering_is_answered_once_by_the_next_host_and_its_retry_is_not_run_again()
    {
        await using var first = await SlackHost.StartAsync(Ct, services: HoldTheWorker);
        var envelope = DirectMessage("EvStop1", "review help", "1795168800.000200");
        Assert.Equal(HttpStatusCode.OK, (await first.EventAsync(envelope, Ct)).StatusCode);
        await first.WaitForIdleAsync(Ct);
        Assert.Empty(first.Slack.CallsTo("chat.postMessage"));
        await first.StopAsync();

        await using var restarted = await SlackHost.StartAsync(Ct, sameDatabaseAs: first);
        var posted = await restarted.WaitForCallsAsync("chat.postMessage", 1, Ct);
        Assert.Equal("What you can do, Andy", Assert.Single(posted).Arg("text"));

        // Slack's retry of the event the stopped host acknowledged: acknowledged, and not answered a second time.
        Assert.Equal(HttpStatusCode.OK, (await restarted.EventAsync(envelope, Ct, retry: 1)).StatusCode);
        await restarted.WaitForIdleAsync(Ct);
        Assert.Single(restarted.Slack.CallsTo("chat.postMessage"));
        Assert.Equal("done", await StateAsync(restarted, "slack-event:EvStop1"));
    }

    [Fact]
    public async Task Work_a_host_took_and_never_finished_is_taken_again_once_its_lease_runs_out()
    {
        await using var host = await SlackHost.StartAsync(Ct, services: HoldTheWorker);
        var workspace = (await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct))!;
        var backlog = host.Services.GetRequiredService<InboundWorkBacklog>();
        Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(DirectMessage("EvStop2", "review help", "1795168800.000300"), Ct)).StatusCode);

        // A host that died while answering: it took the work, and its lease is still running.
        Assert.Single(await backlog.TakeAsync(10, TimeSpan.FromSeconds(120), Ct));
        await host.StopAsync();

        await using var other = await SlackHost.StartAsync(Ct, sameDatabaseAs: host);
        await other.WaitForIdleAsync(Ct);
        Assert.Empty(other.Slack.CallsTo("chat.postMessage"));

        other.Time.Advance(TimeSpan.FromSeconds(120));
        await other.WaitForCallsAsync("chat.postMessage", 1, Ct);

        // The poll-driven look is no wake-up WaitForIdleAsync counts: wait, bounded, for the row to be marked done.
        await Poll.UntilAsync(async () => await StateAsync(other, "slack-event:EvStop2", workspace.Id) == "done", TimeSpan.FromSeconds(30), Ct);

        Assert.Equal("done", await StateAsync(other, "slack-event:EvStop2", workspace.Id));
        other.Time.Advance(TimeSpan.FromSeconds(120));
        other.Services.GetRequiredService<SlackInboundWorker>().Wake();
        await other.WaitForIdleAsync(Ct);
        Assert.Single(other.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task A_stored_payload_that_does_not_read_is_marked_failed_with_a_log_and_the_worker_goes_on()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        var workspace = (await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct))!;
        var backlog = host.Services.GetRequiredService<InboundWorkBacklog>();
        await backlog.TryRecordAsync(workspace.Id, ["slack-event:EvBroken"], "slack.direct_message", "{\"teamId\": 42", Ct);
        await backlog.TryRecordAsync(workspace.Id, ["slack-event:EvNoUser"], "slack.direct_message", "{\"teamId\": \"T1\"}", Ct);
        host.Services.GetRequiredService<SlackInboundWorker>().Wake();
        await host.WaitForIdleAsync(Ct);

        Assert.Equal("failed", await StateAsync(host, "slack-event:EvBroken", workspace.Id));
        Assert.Equal("failed", await StateAsync(host, "slack-event:EvNoUser", workspace.Id));
        Assert.Equal(2, host.Logs.Logs.Count(l => l.Contains("does not read")));

        // The worker is still at work: the next message is answered.
        Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(DirectMessage("EvAfter", "review help", "1795168800.000400"), Ct)).StatusCode);
        await host.WaitForCallsAsync("chat.postMessage", 1, Ct);
    }

    [Fact]
    public async Task The_periodic_pruning_deletes_event_keys_and_finished_work_past_their_retention()
    {
        await using var host = await SlackHost.StartAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, (await host.EventAsync(DirectMessage("EvOld", "review help", "1795168800.000500"), Ct)).StatusCode);
        await host.WaitForCallsAsync("chat.postMessage", 1, Ct);
        await host.WaitForIdleAsync(Ct);
        var pruned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<InboundRetention>().Pruned += () => pruned.TrySetResult();

        host.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromHours(1));
        await pruned.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Null(await StateAsync(host, "slack-event:EvOld"));
        var workspace = (await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct))!;
        await using var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(Ct);
        Assert.False(await session.EventKeys.ContainsAsync(workspace.Id, "slack-event:EvOld", Ct));
        Assert.False(await session.EventKeys.ContainsAsync(workspace.Id, "slack-message:D0ANDY:1795168800.000500", Ct));
    }

    private static async Task<string?> StateAsync(SlackHost host, string eventKey, string? workspaceId = null)
    {
        workspaceId ??= (await host.Services.GetRequiredService<ReviewBot.Slack.Handlers.SlackWorkspaces>().FindAsync(FakeSlackServer.TeamId, Ct))!.Id;
        await using var session = await host.Services.GetRequiredService<Database>().OpenSessionAsync(Ct);
        return (await session.InboundWork.StatusAsync(workspaceId, eventKey, Ct))?.State;
    }

    /// <summary>Records as the real backlog does; takes nothing, like a host stopped before its worker ran.</summary>
    private sealed class TakesNothing(IInboundWorkBacklog inner) : IInboundWorkBacklog
    {
        public Task<bool> TryRecordAsync(string workspaceId, IReadOnlyList<string> eventKeys, string kind, string payload, CancellationToken cancellationToken) =>
            inner.TryRecordAsync(workspaceId, eventKeys, kind, payload, cancellationToken);

        public Task HoldAsync(string workspaceId, string eventKey, string kind, string payload, DateTimeOffset heldUntil, CancellationToken cancellationToken) =>
            inner.HoldAsync(workspaceId, eventKey, kind, payload, heldUntil, cancellationToken);

        public Task<IReadOnlyList<InboundWork>> TakeAsync(int max, TimeSpan lease, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<InboundWork>>([]);

        public Task MarkDoneAsync(string workspaceId, string eventKey, CancellationToken cancellationToken) => inner.MarkDoneAsync(workspaceId, eventKey, cancellationToken);

        public Task MarkFailedAsync(string workspaceId, string eventKey, string reason, CancellationToken cancellationToken) => inner.MarkFailedAsync(workspaceId, eventKey, reason, cancellationToken);

        public Task RetryLaterAsync(string workspaceId, string eventKey, string reason, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
            inner.RetryLaterAsync(workspaceId, eventKey, reason, notBefore, cancellationToken);
    }
}
