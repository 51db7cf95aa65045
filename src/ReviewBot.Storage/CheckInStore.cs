using System.Runtime.InteropServices;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Workspaces;
using ReviewBot.Storage.Dialects;

namespace ReviewBot.Storage;

/// <summary>Check-ins, kept in full: a correction is a new row and the history stays.</summary>
public sealed class CheckInStore
{
    private const string Columns =
        "c.id, c.workspace_id, c.key_result_id, c.author_member_id, c.quarter, c.week_number, c.value, c.confidence, c.comment, c.blockers, c.source, c.recorded_at";

    /// <summary>
    /// A team's quarter names its workspace and quarter in the query: reading them back for every one of tens of
    /// thousands of rows would only allocate the same two strings again and again.
    /// </summary>
    private const string ColumnsOfOneQuarter =
        "c.id, c.key_result_id, c.author_member_id, c.week_number, c.value, c.confidence, c.comment, c.blockers, c.source, c.recorded_at";

    private readonly StorageSession _session;

    internal CheckInStore(StorageSession session) => _session = session;

    public Task AddAsync(CheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return _session.ExecuteAsync(
            """
            INSERT INTO check_ins (id, workspace_id, key_result_id, author_member_id, quarter, week_number, value, confidence, comment, blockers, source, recorded_at)
            VALUES (@Id, @WorkspaceId, @KeyResultId, @AuthorMemberId, @Quarter, @WeekNumber, @Value, @Confidence, @Comment, @Blockers, @Source, @RecordedAt)
            """,
            new
            {
                checkIn.Id,
                checkIn.WorkspaceId,
                checkIn.KeyResultId,
                checkIn.AuthorMemberId,
                Quarter = checkIn.Quarter.Id,
                checkIn.WeekNumber,
                checkIn.Value,
                Confidence = checkIn.Confidence.ToString(),
                checkIn.Comment,
                checkIn.Blockers,
                Source = checkIn.Source.ToString(),
                checkIn.RecordedAt,
            },
            cancellationToken);
    }

    /// <summary>Every check-in, corrections included, on the team's key results of a quarter, oldest first.</summary>
    /// <remarks>
    /// A large team's quarter is tens of thousands of rows, so this read is shaped for them. The team's key results
    /// are a set the engine looks each check-in up in, rather than two joins per row; the engine does not sort
    /// (SQLite's sorter and PostgreSQL's, which spilled to disk, cost more than the read), the same order is made
    /// here; and the columns are read one by one, ids shared between rows (<see cref="RowReader"/>). The set is the
    /// team's objectives, through the team's index, and their key results, through theirs (as in
    /// <see cref="OkrStore.ObjectivesAsync"/>), not every key result in the workspace.
    /// </remarks>
    public Task<IReadOnlyList<CheckIn>> ForTeamQuarterAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        ReadQuarterAsync(
            $"""
            SELECT {ColumnsOfOneQuarter} FROM check_ins c
            WHERE c.workspace_id = @WorkspaceId AND c.quarter = @Quarter AND c.key_result_id IN ({TeamKeyResults})
            """,
            workspaceId,
            teamId,
            quarter,
            cancellationToken);

    /// <summary>
    /// Of each of the team's key results, the check-ins of its latest week in the quarter recorded at that week's latest
    /// instant, oldest first: the one that counts for the key result's standing (<see cref="CheckInHistory"/> picks it
    /// from these as from every row) and any recorded at the same instant. One row per key result, however many weeks
    /// and corrections the quarter holds: what a review needs of last quarter, whose roll-ups show only where each
    /// key result ended.
    /// </summary>
    /// <remarks>
    /// The engine ranks the rows, not the id: the tie on an instant is left to <see cref="CheckInHistory"/>, which
    /// orders ids as .NET does.
    /// </remarks>
    public Task<IReadOnlyList<CheckIn>> LatestForTeamQuarterAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        ReadQuarterAsync(
            $"""
            SELECT {ColumnsOfOneQuarter} FROM (
                SELECT c.*, RANK() OVER (PARTITION BY c.key_result_id ORDER BY c.week_number DESC, c.recorded_at DESC) AS latest
                FROM check_ins c
                WHERE c.workspace_id = @WorkspaceId AND c.quarter = @Quarter AND c.key_result_id IN ({TeamKeyResults})) c
            WHERE c.latest = 1
            """,
            workspaceId,
            teamId,
            quarter,
            cancellationToken);

    /// <summary>
    /// The ids of the team's key results, of every quarter: its objectives lead through the team's index and their key
    /// results follow through theirs, SQLite held to that order (see <see cref="OkrStore.ObjectivesAsync"/>).
    /// </summary>
    private string TeamKeyResults =>
        $"""
        SELECT k.id FROM objectives o CROSS JOIN key_results k
                WHERE o.team_id = @TeamId AND {_session.Dialect.NotIndexed}o.workspace_id = @WorkspaceId
                  AND k.objective_id = o.id AND {_session.Dialect.NotIndexed}k.workspace_id = o.workspace_id
        """;

    /// <summary>The check-ins a query of <see cref="ColumnsOfOneQuarter"/> returns, oldest first.</summary>
    private async Task<IReadOnlyList<CheckIn>> ReadQuarterAsync(string sql, string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var checkIns = new List<CheckIn>();
        var ids = new TextPool();
        await using (var rows = await _session.RowsAsync(sql, [("@WorkspaceId", workspaceId), ("@TeamId", teamId), ("@Quarter", quarter.Id)], cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                checkIns.Add(new CheckIn
                {
                    Id = rows.Text(0),
                    WorkspaceId = workspaceId,
                    KeyResultId = rows.Pooled(1, ids),
                    AuthorMemberId = rows.Pooled(2, ids),
                    Quarter = quarter,
                    WeekNumber = rows.Int32(3),
                    Value = rows.Decimal(4),
                    Confidence = rows.Enum<Confidence>(5),
                    Comment = rows.NullableText(6),
                    Blockers = rows.NullableText(7),
                    Source = rows.Enum<ChatPlatform>(8),
                    RecordedAt = rows.Instant(9),
                });
            }
        }

        SortOldestFirst(CollectionsMarshal.AsSpan(checkIns));
        return checkIns;
    }

    /// <summary>
    /// <c>ORDER BY recorded_at, id</c> as both engines sort it: instants in time order, ids by code point (SQLite's
    /// BINARY, PostgreSQL's "C"). Sorted by the instants' ticks as plain numbers first, which is most of the work for tens
    /// of thousands of rows, then each run of one instant by id.
    /// </summary>
    private static void SortOldestFirst(Span<CheckIn> checkIns)
    {
        var instants = new long[checkIns.Length];
        for (var i = 0; i < checkIns.Length; i++)
        {
            instants[i] = checkIns[i].RecordedAt.UtcTicks;
        }

        instants.AsSpan().Sort(checkIns);
        for (var start = 0; start < checkIns.Length;)
        {
            var end = start + 1;
            while (end < checkIns.Length && instants[end] == instants[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                checkIns[start..end].Sort(static (a, b) => CodePointOrder(a.Id, b.Id));
            }

            start = end;
        }
    }

    /// <summary>Ordinal UTF-16 order is code point order except against surrogates, which code point order puts after U+E000–U+FFFF.</summary>
    private static int CodePointOrder(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        int x = a[common], y = b[common];
        if (x >= 0xD800 && y >= 0xD800)
        {
            // Surrogates (U+D800–U+DFFF) rotated above U+E000–U+FFFF, the rest kept in order.
            x = x >= 0xE000 ? x - 0x800 : x + 0x2000;
            y = y >= 0xE000 ? y - 0x800 : y + 0x2000;
        }

        return x.CompareTo(y);
    }

    /// <summary>
    /// Every check-in in the quarter on these key results (one member's few), corrections included, oldest first:
    /// each key result found through its index, so a large team's other check-ins are never touched.
    /// </summary>
    public async Task<IReadOnlyList<CheckIn>> ForKeyResultsAsync(string workspaceId, IReadOnlyCollection<string> keyResultIds, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyResultIds);
        if (keyResultIds.Count == 0)
        {
            return [];
        }

        return [.. (await _session.QueryAsync<CheckInRow>(
            $"""
            SELECT {Columns} FROM check_ins c
            WHERE c.workspace_id = @WorkspaceId AND c.key_result_id {_session.Dialect.InList("@KeyResultIds")} AND c.quarter = @Quarter
            ORDER BY c.recorded_at, c.id{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, KeyResultIds = keyResultIds.ToArray(), Quarter = quarter.Id },
            cancellationToken)).Select(r => r.ToCheckIn())];
    }

    /// <summary>
    /// Whether the member wrote a check-in in the quarter's week on any of the team's key results.
    /// </summary>
    /// <remarks>
    /// The member's check-ins of that week lead, found through <c>ix_check_ins_author_week</c>, and each one's key
    /// result and objective then tell whether it is on the team's key results: a handful of rows whatever the team's
    /// size. SQLite is held to that order by <c>CROSS JOIN</c> (PostgreSQL plans it as a plain join). The workspace
    /// is named once, on the check-in: its key result, that key result's objective and so the team are the
    /// check-in's workspace's.
    /// </remarks>
    public async Task<bool> CheckedInAsync(string workspaceId, string teamId, string memberId, Quarter quarter, int weekNumber, CancellationToken cancellationToken) =>
        await _session.ScalarAsync<bool>(
            """
            SELECT EXISTS (
                SELECT 1 FROM check_ins c CROSS JOIN key_results k CROSS JOIN objectives o
                WHERE c.workspace_id = @WorkspaceId AND c.author_member_id = @MemberId
                  AND c.quarter = @Quarter AND c.week_number = @WeekNumber
                  AND k.id = c.key_result_id AND o.id = k.objective_id AND o.team_id = @TeamId)
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, MemberId = memberId, Quarter = quarter.Id, WeekNumber = weekNumber },
            cancellationToken);

    public async Task<IReadOnlyList<CheckIn>> ForKeyResultAsync(string workspaceId, string keyResultId, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<CheckInRow>(
            $"""
            SELECT {Columns} FROM check_ins c
            WHERE c.workspace_id = @WorkspaceId AND c.key_result_id = @KeyResultId
            ORDER BY c.recorded_at, c.id{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, KeyResultId = keyResultId },
            cancellationToken)).Select(r => r.ToCheckIn())];

    private sealed class CheckInRow
    {
        public string Id { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string KeyResultId { get; set; } = "";

        public string AuthorMemberId { get; set; } = "";

        public string Quarter { get; set; } = "";

        public long WeekNumber { get; set; }

        public decimal Value { get; set; }

        public string Confidence { get; set; } = "";

        public string? Comment { get; set; }

        public string? Blockers { get; set; }

        public string Source { get; set; } = "";

        public DateTimeOffset RecordedAt { get; set; }

        public CheckIn ToCheckIn() => new()
        {
            Id = Id,
            WorkspaceId = WorkspaceId,
            KeyResultId = KeyResultId,
            AuthorMemberId = AuthorMemberId,
            Quarter = SqlText.ToQuarter(Quarter),
            WeekNumber = (int)WeekNumber,
            Value = Value,
            Confidence = SqlText.ToEnum<Confidence>(Confidence),
            Comment = Comment,
            Blockers = Blockers,
            Source = SqlText.ToEnum<ChatPlatform>(Source),
            RecordedAt = RecordedAt,
        };
    }
}
