using System.Text.Json;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack.Handlers.Inbound;

/// <summary>
/// What a handler records before it acknowledges work that continues afterwards: the typed payload, stored
/// with its event keys, so the work survives this host. Recording wakes this host's worker; the row is the
/// work's only copy that counts.
/// </summary>
public sealed class SlackInboundWork(
    IInboundWorkBacklog backlog,
    IEnumerable<SlackFollowUpRoute> routes,
    SlackInboundWorker worker,
    SlackBackgroundWork background,
    TimeProvider time,
    IOptions<SlackOptions> options)
{
    private readonly Dictionary<Type, string> _kinds = routes.ToDictionary(r => r.PayloadType, r => r.Kind);

    /// <summary>
    /// Records the event's keys and its work in one step, for whichever worker is first (this host's, woken
    /// now). False, with nothing recorded, for Slack's retry of an event already recorded.
    /// </summary>
    public async Task<bool> TryRecordAsync<TPayload>(Workspace workspace, TPayload payload, IReadOnlyList<string> eventKeys, CancellationToken cancellationToken)
        where TPayload : SlackPayload
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (!await backlog.TryRecordAsync(workspace.Id, eventKeys, KindOf<TPayload>(), Json(payload), cancellationToken))
        {
            return false;
        }

        worker.Wake();
        return true;
    }

    /// <summary>
    /// Records work this host goes on with itself (an engine already running, replies about to follow) under a
    /// key recorded before: nobody else takes it for a lease, and after that only if this host never marked it done.
    /// </summary>
    public Task HoldAsync<TPayload>(Workspace workspace, string eventKey, TPayload payload, CancellationToken cancellationToken)
        where TPayload : SlackPayload
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return backlog.HoldAsync(workspace.Id, eventKey, KindOf<TPayload>(), Json(payload), time.GetUtcNow() + options.Value.InboundLease, cancellationToken);
    }

    /// <summary>
    /// Runs the rest of held work on this host, right away, and marks the record done; failed when the rest fails,
    /// since running the whole payload again would repeat what its engine already did (a nudge may be out). Only a
    /// host that stopped leaves the record to be run again.
    /// </summary>
    public void ContinueHere(Workspace workspace, string eventKey, string what, Func<CancellationToken, Task> rest)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(rest);
        background.Enqueue(what, async cancellationToken =>
        {
            try
            {
                await rest(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await backlog.MarkFailedAsync(workspace.Id, eventKey, $"{e.GetType().Name}: {e.Message}", CancellationToken.None);
                throw;
            }

            await backlog.MarkDoneAsync(workspace.Id, eventKey, CancellationToken.None);
        });
    }

    private string KindOf<TPayload>() =>
        _kinds.TryGetValue(typeof(TPayload), out var kind) ? kind : throw new InvalidOperationException($"No follow-up is registered for {typeof(TPayload).Name}; register one with AddSlackFollowUp.");

    private static string Json<TPayload>(TPayload payload) => JsonSerializer.Serialize(payload, SlackInboundJson.Options);
}
