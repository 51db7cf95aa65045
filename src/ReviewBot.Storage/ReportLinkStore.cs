namespace ReviewBot.Storage;

/// <summary>
/// Shared report links, found by the hash of their token. The token itself is never stored, so reading the
/// database (or a backup of it) opens no report. The team and person are checked against the link's own
/// workspace by the schema, so a link can never show another workspace's data.
/// </summary>
public sealed class ReportLinkStore
{
    private const string Columns = "token_hash, workspace_id, team_id, quarter, person_member_id, locale, created_at, expires_at";

    private readonly StorageSession _session;

    internal ReportLinkStore(StorageSession session) => _session = session;

    public Task AddAsync(StoredReportLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        return _session.ExecuteAsync(
            $"""
            INSERT INTO report_links ({Columns})
            VALUES (@TokenHash, @WorkspaceId, @TeamId, @Quarter, @PersonMemberId, @Locale, @CreatedAt, @ExpiresAt)
            """,
            new
            {
                link.TokenHash,
                link.WorkspaceId,
                link.TeamId,
                Quarter = link.Quarter.Id,
                link.PersonMemberId,
                link.Locale,
                link.CreatedAt,
                link.ExpiresAt,
            },
            cancellationToken);
    }

    /// <summary>The link with this token hash while it is valid at <paramref name="now"/>; null when unknown or expired.</summary>
    public async Task<StoredReportLink?> FindValidAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // SQLite keeps instants in one fixed-width UTC text form, so comparing the text compares the times.
        var row = await _session.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM report_links WHERE token_hash = @TokenHash AND expires_at > @Now",
            new { TokenHash = tokenHash, Now = now },
            cancellationToken);
        return row?.ToLink();
    }

    /// <summary>Forgets links that expired before <paramref name="now"/>; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        _session.ExecuteAsync("DELETE FROM report_links WHERE expires_at <= @Now", new { Now = now }, cancellationToken);

    private sealed class Row
    {
        public string TokenHash { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string TeamId { get; set; } = "";

        public string Quarter { get; set; } = "";

        public string? PersonMemberId { get; set; }

        public string Locale { get; set; } = "";

        public DateTimeOffset CreatedAt { get; set; }

        public DateTimeOffset ExpiresAt { get; set; }

        public StoredReportLink ToLink() => new(
            TokenHash,
            WorkspaceId,
            TeamId,
            SqlText.ToQuarter(Quarter),
            PersonMemberId,
            Locale,
            CreatedAt,
            ExpiresAt);
    }
}
