namespace ReviewBot.Storage;

/// <summary>The <c>nudges</c> rows: who was nudged by <c>review remind</c>, when and by whom.</summary>
public sealed class NudgeStore
{
    private readonly StorageSession _session;

    internal NudgeStore(StorageSession session) => _session = session;

    /// <summary>The member's latest nudge after <paramref name="since"/>, or null.</summary>
    public async Task<DateTimeOffset?> LatestAfterAsync(string workspaceId, string memberId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var rows = await _session.QueryAsync<NudgeRow>(
            """
            SELECT nudged_at FROM nudges
            WHERE workspace_id = @WorkspaceId AND member_id = @MemberId AND nudged_at > @Since
            ORDER BY nudged_at DESC LIMIT 1
            """,
            new { WorkspaceId = workspaceId, MemberId = memberId, Since = since },
            cancellationToken);
        return rows.Count == 0 ? null : rows[0].NudgedAt;
    }

    public Task InsertAsync(string workspaceId, string memberId, string nudgedBy, DateTimeOffset at, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "INSERT INTO nudges (workspace_id, member_id, nudged_at, nudged_by) VALUES (@WorkspaceId, @MemberId, @At, @NudgedBy)",
            new { WorkspaceId = workspaceId, MemberId = memberId, At = at, NudgedBy = nudgedBy },
            cancellationToken);

    private sealed class NudgeRow
    {
        public DateTimeOffset NudgedAt { get; init; }
    }
}
