using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Lessons;

/// <summary>
/// What <c>review lessons</c> looks for among a team's retrospective answers (causes, what worked, what to change):
/// every condition given must hold; none given is the latest lessons.
/// </summary>
/// <param name="Words">Words the answer must hold, all of them (full-text where the database has it); null for any.</param>
/// <param name="AuthorMemberId">Only this member's answers; null for everyone's.</param>
/// <param name="Market">Only answers about this market: the key result's market, else its author's; case-insensitive.</param>
/// <param name="From">The first quarter searched; null for the team's first.</param>
/// <param name="Until">The last quarter searched; null for the latest.</param>
public sealed record LessonSearch(
    string WorkspaceId,
    string TeamId,
    string? Words = null,
    string? AuthorMemberId = null,
    string? Market = null,
    Quarter? From = null,
    Quarter? Until = null)
{
    /// <summary>At most this many, best first: by how well they match the words, then newest quarter first.</summary>
    public int Limit { get; init; } = 20;
}
