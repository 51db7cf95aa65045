using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Periods;

namespace ReviewBot.Storage;

/// <summary>Written answers to review questions. Like check-ins, they are only ever added: the history stays.</summary>
public sealed class ReviewAnswerStore
{
    private const string Columns =
        "a.id, a.workspace_id, a.template_id, a.question_id, a.author_member_id, a.quarter, a.week_number, a.key_result_id, a.text, a.recorded_at";

    private readonly StorageSession _session;

    internal ReviewAnswerStore(StorageSession session) => _session = session;

    public Task AddAsync(ReviewAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return _session.ExecuteAsync(
            """
            INSERT INTO review_answers (id, workspace_id, template_id, question_id, author_member_id, quarter, week_number, key_result_id, text, recorded_at)
            VALUES (@Id, @WorkspaceId, @TemplateId, @QuestionId, @AuthorMemberId, @Quarter, @WeekNumber, @KeyResultId, @Text, @RecordedAt)
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
            },
            cancellationToken);
    }

    /// <summary>Every answer written by the team's members in a quarter, oldest first.</summary>
    public async Task<IReadOnlyList<ReviewAnswer>> ForTeamQuarterAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<ReviewAnswerRow>(
            $"""
            SELECT {Columns} FROM review_answers a
            JOIN members m ON m.workspace_id = a.workspace_id AND m.id = a.author_member_id
            WHERE a.workspace_id = @WorkspaceId AND m.team_id = @TeamId AND a.quarter = @Quarter
            ORDER BY a.recorded_at, a.id
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id },
            cancellationToken)).Select(r => r.ToReviewAnswer())];

    private sealed class ReviewAnswerRow
    {
        public string Id { get; set; } = "";

        public string WorkspaceId { get; set; } = "";

        public string TemplateId { get; set; } = "";

        public string QuestionId { get; set; } = "";

        public string AuthorMemberId { get; set; } = "";

        public string Quarter { get; set; } = "";

        public long WeekNumber { get; set; }

        public string? KeyResultId { get; set; }

        public string Text { get; set; } = "";

        public DateTimeOffset RecordedAt { get; set; }

        public ReviewAnswer ToReviewAnswer() => new(
            Id,
            WorkspaceId,
            TemplateId,
            QuestionId,
            AuthorMemberId,
            SqlText.ToQuarter(Quarter),
            (int)WeekNumber,
            KeyResultId,
            Text,
            RecordedAt);
    }
}
