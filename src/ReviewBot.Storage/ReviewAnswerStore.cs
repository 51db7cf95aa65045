using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Dialogs;
using ReviewBot.Core.Periods;
using ReviewBot.Storage.Dialects;

namespace ReviewBot.Storage;

/// <summary>Written answers to review questions. Like check-ins, they are only ever added: the history stays.</summary>
public sealed class ReviewAnswerStore
{
    private readonly StorageSession _session;

    internal ReviewAnswerStore(StorageSession session) => _session = session;

    public Task AddAsync(ReviewAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return _session.ExecuteAsync(
            """
            INSERT INTO review_answers (id, workspace_id, template_id, question_id, author_member_id, quarter, week_number, key_result_id, text, recorded_at, subject_id)
            VALUES (@Id, @WorkspaceId, @TemplateId, @QuestionId, @AuthorMemberId, @Quarter, @WeekNumber, @KeyResultId, @Text, @RecordedAt, @SubjectId)
            """,
            new
            {
                answer.Id,
                answer.WorkspaceId,
                answer.TemplateId,
                answer.QuestionId,
                answer.AuthorMemberId,
                Quarter = answer.Quarter.Id,
                answer.WeekNumber,
                answer.KeyResultId,
                answer.Text,
                answer.RecordedAt,
                answer.SubjectId,
            },
            cancellationToken);
    }

    /// <summary>
    /// Every answer written by the team's members in a quarter, oldest first: stream reviews' too, each with its stream
    /// (<see cref="ReviewAnswer.SubjectId"/>), so readers of one template's answers filter by template.
    /// </summary>
    /// <remarks>
    /// A large team's retrospective is thousands of answers, read column by column (<see cref="RowReader"/>): the
    /// template, question, author and key result ids repeat from answer to answer and are held once, and the
    /// workspace and quarter are the query's own.
    /// </remarks>
    public async Task<IReadOnlyList<ReviewAnswer>> ForTeamQuarterAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var answers = new List<ReviewAnswer>();
        var ids = new TextPool();
        await using var rows = await _session.RowsAsync(
            $"""
            SELECT a.id, a.template_id, a.question_id, a.author_member_id, a.week_number, a.key_result_id, a.text, a.recorded_at, a.subject_id
            FROM review_answers a
            JOIN members m ON m.workspace_id = a.workspace_id AND m.id = a.author_member_id
            WHERE a.workspace_id = @WorkspaceId AND m.team_id = @TeamId AND a.quarter = @Quarter
            ORDER BY a.recorded_at, a.id{_session.Dialect.ByteOrder}
            """,
            [("@WorkspaceId", workspaceId), ("@TeamId", teamId), ("@Quarter", quarter.Id)],
            cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            answers.Add(new ReviewAnswer(
                rows.Text(0),
                workspaceId,
                rows.Pooled(1, ids),
                rows.Pooled(2, ids),
                rows.Pooled(3, ids),
                quarter,
                rows.Int32(4),
                rows.IsNull(5) ? null : rows.Pooled(5, ids),
                rows.Text(6),
                rows.Instant(7))
            {
                SubjectId = rows.IsNull(8) ? null : rows.Pooled(8, ids),
            });
        }

        return answers;
    }

    /// <summary>
    /// When each of the team's members first recorded a quarter-retrospective answer in the quarter, by member id. One
    /// row per member however many answers: the GROUP BY walks ix_review_answers_template (migration 0018), which holds
    /// every column it reads, so the quarter's weekly and stream answers are neither read nor skipped row by row.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> FirstRetrospectivesAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken)
    {
        var rows = await _session.QueryAsync<FirstAnswerRow>(
            """
            SELECT a.author_member_id, MIN(a.recorded_at) AS first_recorded_at
            FROM review_answers a
            JOIN members m ON m.workspace_id = a.workspace_id AND m.id = a.author_member_id
            WHERE a.workspace_id = @WorkspaceId AND a.quarter = @Quarter AND a.template_id = @TemplateId AND m.team_id = @TeamId
            GROUP BY a.author_member_id
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id, TemplateId = ReviewTemplates.Retrospective.Id },
            cancellationToken);
        return rows.ToDictionary(r => r.AuthorMemberId, r => r.FirstRecordedAt, StringComparer.Ordinal);
    }

    /// <summary>
    /// The team's answers to one template in a quarter (or one member's of them), oldest first, found through
    /// ix_review_answers_template (migration 0018) without the quarter's other templates' answers.
    /// </summary>
    public async Task<IReadOnlyList<ReviewAnswer>> ForTemplateAsync(string workspaceId, string teamId, string templateId, Quarter quarter, string? memberId, CancellationToken cancellationToken)
    {
        var rows = await _session.QueryAsync<AnswerRow>(
            $"""
            SELECT a.id, a.template_id, a.question_id, a.author_member_id, a.quarter, a.week_number, a.key_result_id, a.text, a.recorded_at, a.subject_id
            FROM review_answers a
            JOIN members m ON m.workspace_id = a.workspace_id AND m.id = a.author_member_id
            WHERE a.workspace_id = @WorkspaceId AND a.quarter = @Quarter AND a.template_id = @TemplateId AND m.team_id = @TeamId
            {(memberId is null ? "" : "AND a.author_member_id = @MemberId")}
            ORDER BY a.recorded_at, a.id{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, MemberId = memberId, TemplateId = templateId, Quarter = quarter.Id },
            cancellationToken);
        return [.. rows.Select(r => r.ToAnswer(workspaceId))];
    }

    private sealed class FirstAnswerRow
    {
        public string AuthorMemberId { get; set; } = "";

        public DateTimeOffset FirstRecordedAt { get; set; }
    }
}
