namespace ReviewBot.Storage;

/// <summary>
/// The deliveries already recorded, by their key. Chat platforms retry a delivery they think failed;
/// recording its key in the same transaction as what it carries makes the retry a no-op.
/// </summary>
public sealed class DeliveryStore
{
    private readonly StorageSession _session;

    internal DeliveryStore(StorageSession session) => _session = session;

    /// <summary>Records the key. False when it was recorded before, in which case nothing changes.</summary>
    public async Task<bool> TryRecordAsync(string workspaceId, string deliveryKey, DateTimeOffset recordedAt, CancellationToken cancellationToken) =>
        await _session.ExecuteAsync(
            """
            INSERT INTO deliveries (workspace_id, delivery_key, recorded_at)
            VALUES (@WorkspaceId, @DeliveryKey, @RecordedAt)
            ON CONFLICT (workspace_id, delivery_key) DO NOTHING
            """,
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey, RecordedAt = recordedAt },
            cancellationToken) == 1;

    public async Task<bool> ContainsAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken) =>
        await _session.ScalarAsync<long>(
            "SELECT COUNT(*) FROM deliveries WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey",
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey },
            cancellationToken) > 0;

    /// <summary>Forgets a key whose work failed, so the platform's retry is acted on after all.</summary>
    public Task ForgetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "DELETE FROM deliveries WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey",
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey },
            cancellationToken);
}
