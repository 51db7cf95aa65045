namespace ReviewBot.Storage;

/// <summary>
/// The inbound event keys already recorded. Chat platforms retry an event they think failed; recording its key
/// in the same transaction as what it carries (a check-in, the inbound work it starts) makes the retry a no-op.
/// </summary>
public sealed class EventKeyStore
{
    private readonly StorageSession _session;

    internal EventKeyStore(StorageSession session) => _session = session;

    /// <summary>Records the key. False when it was recorded before, in which case nothing changes.</summary>
    public async Task<bool> TryRecordAsync(string workspaceId, string eventKey, DateTimeOffset recordedAt, CancellationToken cancellationToken) =>
        await _session.ExecuteAsync(
            """
            INSERT INTO inbound_event_keys (workspace_id, event_key, recorded_at)
            VALUES (@WorkspaceId, @EventKey, @RecordedAt)
            ON CONFLICT (workspace_id, event_key) DO NOTHING
            """,
            new { WorkspaceId = workspaceId, EventKey = eventKey, RecordedAt = recordedAt },
            cancellationToken) == 1;

    public async Task<bool> ContainsAsync(string workspaceId, string eventKey, CancellationToken cancellationToken) =>
        await _session.ScalarAsync<long>(
            "SELECT COUNT(*) FROM inbound_event_keys WHERE workspace_id = @WorkspaceId AND event_key = @EventKey",
            new { WorkspaceId = workspaceId, EventKey = eventKey },
            cancellationToken) > 0;

    /// <summary>Forgets a key whose work failed, so the platform's retry is acted on after all.</summary>
    public Task ForgetAsync(string workspaceId, string eventKey, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "DELETE FROM inbound_event_keys WHERE workspace_id = @WorkspaceId AND event_key = @EventKey",
            new { WorkspaceId = workspaceId, EventKey = eventKey },
            cancellationToken);

    /// <summary>Deletes the keys recorded before <paramref name="before"/>, long after any platform would retry them.</summary>
    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        _session.ExecuteAsync("DELETE FROM inbound_event_keys WHERE recorded_at < @Before", new { Before = before }, cancellationToken);
}
