using ReviewBot.Core.CheckIns;

namespace ReviewBot.Core.Lessons;

/// <summary>A retrospective answer found by a <see cref="LessonSearch"/>, with who wrote it and what it is about.</summary>
/// <param name="AuthorName">The author as the team knows them, former members included.</param>
/// <param name="AuthorMarket">The market the author sells to.</param>
/// <param name="KeyResultTitle">The key result a cause is about; null for an answer about the whole quarter.</param>
/// <param name="KeyResultMarket">That key result's own market, when it has one.</param>
public sealed record LessonEntry(
    ReviewAnswer Answer,
    string AuthorName,
    string AuthorMarket,
    string? KeyResultTitle,
    string? KeyResultMarket);
