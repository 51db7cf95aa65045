using ReviewBot.Core.CheckIns;

namespace ReviewBot.Storage;

/// <summary>A review_answers row as Dapper reads it, for the stores that read answers with their own joins.</summary>
internal class AnswerRow
{
    public string Id { get; set; } = "";

    public string TemplateId { get; set; } = "";

    public string QuestionId { get; set; } = "";

    public string AuthorMemberId { get; set; } = "";

    public string Quarter { get; set; } = "";

    public long WeekNumber { get; set; }

    public string? KeyResultId { get; set; }

    public string Text { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }

    public string? SubjectId { get; set; }

    public ReviewAnswer ToAnswer(string workspaceId) =>
        new(Id, workspaceId, TemplateId, QuestionId, AuthorMemberId, SqlText.ToQuarter(Quarter), (int)WeekNumber, KeyResultId, Text, RecordedAt)
        {
            SubjectId = SubjectId,
        };
}
