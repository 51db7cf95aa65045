namespace ReviewBot.Core.Conversation;

/// <summary>
/// Work a platform was told is accepted and that continues after the acknowledgement, kept in the database
/// so a host that stops after the acknowledgement loses nothing: another host, or this one restarted, takes it
/// once the lease of whoever held it has run out.
/// </summary>
public interface IInboundWorkBacklog
{
    /// <summary>
    /// Records every key in <paramref name="eventKeys"/> (see <see cref="IInboundEventLedger"/>) and the work, in
    /// one step, under the first key. False, with nothing recorded, when any key was recorded before: a retry.
    /// </summary>
    /// <remarks>The work is left for whichever worker is first.</remarks>
    Task<bool> TryRecordAsync(string workspaceId, IReadOnlyList<string> eventKeys, string kind, string payload, CancellationToken cancellationToken);

    /// <summary>
    /// Records work the recording host goes on with at once (a command whose engine already runs), under a key
    /// recorded before or one of its own: nobody else takes it before <paramref name="heldUntil"/>. Replaces an
    /// earlier item of the same key (a command tried again after its engine failed).
    /// </summary>
    Task HoldAsync(string workspaceId, string eventKey, string kind, string payload, DateTimeOffset heldUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> pending items nobody holds, each until now plus <paramref name="lease"/>,
    /// counting the attempt. Two hosts taking at once never take the same item.
    /// </summary>
    Task<IReadOnlyList<InboundWork>> TakeAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkDoneAsync(string workspaceId, string eventKey, CancellationToken cancellationToken);

    /// <summary>Gives up on the item (unreadable, or failed too often), with why; it is never taken again.</summary>
    Task MarkFailedAsync(string workspaceId, string eventKey, string reason, CancellationToken cancellationToken);

    /// <summary>Lets the item be taken again from <paramref name="notBefore"/>, after an attempt that failed.</summary>
    Task RetryLaterAsync(string workspaceId, string eventKey, string reason, DateTimeOffset notBefore, CancellationToken cancellationToken);
}
