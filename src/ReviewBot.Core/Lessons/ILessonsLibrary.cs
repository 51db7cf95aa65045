namespace ReviewBot.Core.Lessons;

/// <summary>
/// Every past quarter's causes and lessons of a team, searchable: SQLite's FTS5 or PostgreSQL's full-text search
/// where the words allow it. Nothing is ever returned from another workspace or team.
/// </summary>
public interface ILessonsLibrary
{
    /// <summary>The quarter-retrospective answers (questions "cause", "worked", "change") that match, best first.</summary>
    Task<IReadOnlyList<LessonEntry>> SearchLessonsAsync(LessonSearch search, CancellationToken cancellationToken);
}
