using ReviewBot.Core.Periods;

namespace ReviewBot.Core.CheckIns;

/// <summary>
/// A written answer to one question of a review template: the week's blockers, why a result differs
/// from its target, what worked, what to change. Numbers go into <see cref="CheckIn"/>s; words go here.
/// </summary>
/// <param name="KeyResultId">The key result the answer is about, or null for a question about the whole period.</param>
public sealed record ReviewAnswer(
    string Id,
    string WorkspaceId,
    string TemplateId,
    string QuestionId,
    string AuthorMemberId,
    Quarter Quarter,
    int WeekNumber,
    string? KeyResultId,
    string Text,
    DateTimeOffset RecordedAt)
{
    /// <summary>
    /// What the answer is about when that is not the week: the live stream's id for a stream review. Null for a
    /// check-in's or retrospective's answer.
    /// </summary>
    public string? SubjectId { get; init; }
}
