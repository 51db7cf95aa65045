using System.Text.Json;
using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;

namespace ReviewBot.Storage;

/// <summary>A team's live streams, its stream rules, and the answers its stream reviews recorded.</summary>
public sealed class LiveStreamStore
{
    private const string Columns =
        "id, workspace_id, team_id, stream_key, title, starts_at, duration_seconds, quarter, week_number, host_member_id, crew_member_ids, currency, template_id, scheduled_by_member_id, review_requested_at, cancelled_at";

    private readonly StorageSession _session;

    internal LiveStreamStore(StorageSession session) => _session = session;

    /// <summary>
    /// Stores a new stream; false, with the stored one left as it was, when the team already has one with its key
    /// or its title and start (or its id is taken).
    /// </summary>
    public async Task<bool> AddAsync(LiveStream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // No conflict target: any of the table's unique keys refuses the row, and the insert reports it rather than throwing.
        return await _session.ExecuteAsync(
            $"""
            INSERT INTO live_streams ({Columns})
            VALUES (@Id, @WorkspaceId, @TeamId, @StreamKey, @Title, @StartsAt, @DurationSeconds, @Quarter, @WeekNumber, @HostMemberId,
                    @CrewMemberIds, @Currency, @TemplateId, @ScheduledByMemberId, @ReviewRequestedAt, @CancelledAt)
            ON CONFLICT DO NOTHING
            """,
            Parameters(stream),
            cancellationToken) == 1;
    }

    /// <summary>
    /// Replaces the stored stream of the same id in the same workspace; false when there is none. A new key, or title and
    /// start, that another of the team's streams already has breaks a unique key and throws: the caller gave two streams one name.
    /// </summary>
    public async Task<bool> UpdateAsync(LiveStream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return await _session.ExecuteAsync(
            """
            UPDATE live_streams SET
                team_id = @TeamId, stream_key = @StreamKey, title = @Title, starts_at = @StartsAt, duration_seconds = @DurationSeconds,
                quarter = @Quarter, week_number = @WeekNumber, host_member_id = @HostMemberId, crew_member_ids = @CrewMemberIds,
                currency = @Currency, template_id = @TemplateId, scheduled_by_member_id = @ScheduledByMemberId,
                review_requested_at = @ReviewRequestedAt, cancelled_at = @CancelledAt
            WHERE workspace_id = @WorkspaceId AND id = @Id
            """,
            Parameters(stream),
            cancellationToken) == 1;
    }

    public async Task<LiveStream?> GetAsync(string workspaceId, string streamId, CancellationToken cancellationToken) =>
        (await _session.QuerySingleOrDefaultAsync<StreamRow>(
            $"SELECT {Columns} FROM live_streams WHERE workspace_id = @WorkspaceId AND id = @StreamId",
            new { WorkspaceId = workspaceId, StreamId = streamId },
            cancellationToken))?.ToStream();

    /// <summary>The team's streams starting in [<paramref name="from"/>, <paramref name="until"/>), cancelled ones included, by start.</summary>
    public async Task<IReadOnlyList<LiveStream>> StartingAsync(string workspaceId, string teamId, DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<StreamRow>(
            $"""
            SELECT {Columns} FROM live_streams
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND starts_at >= @From AND starts_at < @Until
            ORDER BY starts_at, id{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, From = from, Until = until },
            cancellationToken)).Select(r => r.ToStream())];

    /// <summary>The team's streams counted in the quarter, cancelled ones included, by start.</summary>
    public async Task<IReadOnlyList<LiveStream>> OfQuarterAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<StreamRow>(
            $"""
            SELECT {Columns} FROM live_streams
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter
            ORDER BY starts_at, id{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id },
            cancellationToken)).Select(r => r.ToStream())];

    /// <summary>
    /// The answers about these streams, oldest first: of each author's answers about a stream only those of their
    /// latest submission, the ones recorded last. A correction is a whole new submission (one instant for all its
    /// answers), so a question left empty the second time is gone, not left over from the first.
    /// </summary>
    public async Task<IReadOnlyList<ReviewAnswer>> AnswersAsync(string workspaceId, IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        if (streamIds.Count == 0)
        {
            return [];
        }

        var rows = await _session.QueryAsync<AnswerRow>(
            $"""
            SELECT a.id, a.template_id, a.question_id, a.author_member_id, a.quarter, a.week_number, a.key_result_id, a.text, a.recorded_at, a.subject_id
            FROM review_answers a
            WHERE a.workspace_id = @WorkspaceId AND a.subject_id {_session.Dialect.InList("@StreamIds")}
              AND a.recorded_at = (
                  SELECT MAX(b.recorded_at) FROM review_answers b
                  WHERE b.workspace_id = a.workspace_id AND b.subject_id = a.subject_id AND b.author_member_id = a.author_member_id)
            ORDER BY a.recorded_at, a.id{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, StreamIds = streamIds.Distinct(StringComparer.Ordinal).ToArray() },
            cancellationToken);
        return [.. rows.Select(r => r.ToAnswer(workspaceId))];
    }

    /// <summary>The team's stream rules; <see cref="StreamRules.Default"/> when it has saved none.</summary>
    public async Task<StreamRules> RulesAsync(string workspaceId, string teamId, CancellationToken cancellationToken)
    {
        var row = await _session.QuerySingleOrDefaultAsync<RulesRow>(
            """
            SELECT review_delay_seconds, answer_window_seconds, template_id, targets FROM stream_rules
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken);
        return row?.ToRules() ?? StreamRules.Default;
    }

    public Task SaveRulesAsync(string workspaceId, string teamId, StreamRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return _session.ExecuteAsync(
            """
            INSERT INTO stream_rules (workspace_id, team_id, review_delay_seconds, answer_window_seconds, template_id, targets)
            VALUES (@WorkspaceId, @TeamId, @ReviewDelaySeconds, @AnswerWindowSeconds, @TemplateId, @Targets)
            ON CONFLICT (workspace_id, team_id) DO UPDATE SET
                review_delay_seconds = excluded.review_delay_seconds, answer_window_seconds = excluded.answer_window_seconds,
                template_id = excluded.template_id, targets = excluded.targets
            """,
            new
            {
                WorkspaceId = workspaceId,
                TeamId = teamId,
                ReviewDelaySeconds = Seconds.Of(rules.ReviewDelay),
                AnswerWindowSeconds = Seconds.Of(rules.AnswerWindow),
                rules.TemplateId,
                Targets = JsonSerializer.Serialize(rules.Targets.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal)),
            },
            cancellationToken);
    }

    private static object Parameters(LiveStream stream) => new
    {
        stream.Id,
        stream.WorkspaceId,
        stream.TeamId,
        StreamKey = stream.Key,
        stream.Title,
        stream.StartsAt,
        DurationSeconds = Seconds.Of(stream.Duration),
        Quarter = stream.Quarter.Id,
        stream.WeekNumber,
        stream.HostMemberId,
        CrewMemberIds = JsonSerializer.Serialize(stream.CrewMemberIds),
        stream.Currency,
        stream.TemplateId,
        stream.ScheduledByMemberId,
        stream.ReviewRequestedAt,
        stream.CancelledAt,
    };

    /// <summary>A duration as decimal seconds: exact to the tick on both engines, and readable in the column.</summary>
    private static class Seconds
    {
        public static decimal Of(TimeSpan duration) => duration.Ticks / (decimal)TimeSpan.TicksPerSecond;

        public static TimeSpan ToDuration(decimal seconds) => TimeSpan.FromTicks(checked((long)(seconds * TimeSpan.TicksPerSecond)));
    }

    private sealed class StreamRow
    {
        public string Id { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string TeamId { get; set; } = "";

        public string? StreamKey { get; set; }

        public string Title { get; set; } = "";

        public DateTimeOffset StartsAt { get; set; }

        public decimal DurationSeconds { get; set; }

        public string Quarter { get; set; } = "";

        public long WeekNumber { get; set; }

        public string HostMemberId { get; set; } = "";

        public string CrewMemberIds { get; set; } = "[]";

        public string Currency { get; set; } = "";

        public string TemplateId { get; set; } = "";

        public string? ScheduledByMemberId { get; set; }

        public DateTimeOffset? ReviewRequestedAt { get; set; }

        public DateTimeOffset? CancelledAt { get; set; }

        public LiveStream ToStream() => new()
        {
            Id = Id,
            WorkspaceId = WorkspaceId,
            TeamId = TeamId,
            Key = StreamKey,
            Title = Title,
            StartsAt = StartsAt,
            Duration = Seconds.ToDuration(DurationSeconds),
            Quarter = SqlText.ToQuarter(Quarter),
            WeekNumber = (int)WeekNumber,
            HostMemberId = HostMemberId,
            CrewMemberIds = JsonSerializer.Deserialize<string[]>(CrewMemberIds)
                ?? throw new InvalidOperationException($"Live stream {Id} has no crew list."),
            Currency = Currency,
            TemplateId = TemplateId,
            ScheduledByMemberId = ScheduledByMemberId,
            ReviewRequestedAt = ReviewRequestedAt,
            CancelledAt = CancelledAt,
        };
    }

    private sealed class RulesRow
    {
        public decimal ReviewDelaySeconds { get; set; }

        public decimal AnswerWindowSeconds { get; set; }

        public string TemplateId { get; set; } = "";

        public string Targets { get; set; } = "{}";

        public StreamRules ToRules() => new()
        {
            ReviewDelay = Seconds.ToDuration(ReviewDelaySeconds),
            AnswerWindow = Seconds.ToDuration(AnswerWindowSeconds),
            TemplateId = TemplateId,
            Targets = new Dictionary<string, decimal>(
                JsonSerializer.Deserialize<Dictionary<string, decimal>>(Targets) ?? [],
                StringComparer.Ordinal),
        };
    }
}
