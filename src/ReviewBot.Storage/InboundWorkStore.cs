namespace ReviewBot.Storage;

/// <summary>The <c>inbound_work</c> rows: acknowledged events' remaining work, pending until a host marks it done or failed.</summary>
public sealed class InboundWorkStore
{
    private readonly StorageSession _session;

    internal InboundWorkStore(StorageSession session) => _session = session;

    /// <summary>A new pending row; one of the same key before it (its work failed, the key was forgotten) starts over.</summary>
    public Task SaveAsync(string workspaceId, string eventKey, string kind, string payload, DateTimeOffset receivedAt, DateTimeOffset? leaseUntil, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            INSERT INTO inbound_work (workspace_id, event_key, kind, payload, state, attempts, lease_until, received_at)
            VALUES (@WorkspaceId, @EventKey, @Kind, @Payload, 'pending', @Attempts, @LeaseUntil, @ReceivedAt)
            ON CONFLICT (workspace_id, event_key) DO UPDATE SET kind = excluded.kind, payload = excluded.payload, state = 'pending',
                attempts = excluded.attempts, lease_until = excluded.lease_until, last_error = NULL, received_at = excluded.received_at, processed_at = NULL
            """,
            // Held at once by its recording host, it is that host's first attempt.
            new { WorkspaceId = workspaceId, EventKey = eventKey, Kind = kind, Payload = payload, Attempts = leaseUntil is null ? 0 : 1, LeaseUntil = leaseUntil, ReceivedAt = receivedAt },
            cancellationToken);

    /// <summary>
    /// The oldest pending rows nobody holds, locked for this transaction; on PostgreSQL another host's
    /// transaction skips them instead of waiting, so two hosts never take the same row.
    /// </summary>
    public Task<IReadOnlyList<InboundWorkRow>> LockDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        _session.QueryAsync<InboundWorkRow>(
            $"""
            SELECT workspace_id, event_key, kind, payload, attempts FROM inbound_work
            WHERE state = 'pending' AND (lease_until IS NULL OR lease_until <= @Now)
            ORDER BY received_at, event_key{_session.Dialect.ByteOrder}
            LIMIT @Max
            {_session.Dialect.SkipRowsLockedByOthers}
            """,
            new { Now = now, Max = max },
            cancellationToken);

    public Task LeaseAsync(string workspaceId, string eventKey, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "UPDATE inbound_work SET lease_until = @LeaseUntil, attempts = attempts + 1 WHERE workspace_id = @WorkspaceId AND event_key = @EventKey",
            new { WorkspaceId = workspaceId, EventKey = eventKey, LeaseUntil = leaseUntil },
            cancellationToken);

    public Task MarkDoneAsync(string workspaceId, string eventKey, DateTimeOffset processedAt, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE inbound_work SET state = 'done', lease_until = NULL, processed_at = @ProcessedAt
            WHERE workspace_id = @WorkspaceId AND event_key = @EventKey AND state = 'pending'
            """,
            new { WorkspaceId = workspaceId, EventKey = eventKey, ProcessedAt = processedAt },
            cancellationToken);

    public Task MarkFailedAsync(string workspaceId, string eventKey, string reason, DateTimeOffset processedAt, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE inbound_work SET state = 'failed', lease_until = NULL, last_error = @Reason, processed_at = @ProcessedAt
            WHERE workspace_id = @WorkspaceId AND event_key = @EventKey AND state = 'pending'
            """,
            new { WorkspaceId = workspaceId, EventKey = eventKey, Reason = reason, ProcessedAt = processedAt },
            cancellationToken);

    public Task RetryLaterAsync(string workspaceId, string eventKey, string reason, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE inbound_work SET lease_until = @NotBefore, last_error = @Reason
            WHERE workspace_id = @WorkspaceId AND event_key = @EventKey AND state = 'pending'
            """,
            new { WorkspaceId = workspaceId, EventKey = eventKey, Reason = reason, NotBefore = notBefore },
            cancellationToken);

    /// <summary>The row's state (pending, done, failed), its attempts and its last error; null when there is none.</summary>
    public Task<InboundWorkStatus?> StatusAsync(string workspaceId, string eventKey, CancellationToken cancellationToken) =>
        _session.QuerySingleOrDefaultAsync<InboundWorkStatus>(
            "SELECT state, attempts, last_error FROM inbound_work WHERE workspace_id = @WorkspaceId AND event_key = @EventKey",
            new { WorkspaceId = workspaceId, EventKey = eventKey },
            cancellationToken);

    /// <summary>Deletes the rows done before <paramref name="before"/>. Failed rows stay, for an operator to read why.</summary>
    public Task<int> PruneDoneAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        _session.ExecuteAsync("DELETE FROM inbound_work WHERE state = 'done' AND processed_at < @Before", new { Before = before }, cancellationToken);
}

/// <summary>A row as read; Dapper fills it by column name (attempts is a 64-bit integer on SQLite).</summary>
public sealed class InboundWorkRow
{
    public string WorkspaceId { get; init; } = "";

    public string EventKey { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Payload { get; init; } = "";

    public long Attempts { get; init; }
}

public sealed class InboundWorkStatus
{
    /// <summary>pending, done or failed.</summary>
    public string State { get; init; } = "";

    public long Attempts { get; init; }

    public string? LastError { get; init; }
}
