using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Core.Lessons;

/// <summary>What a person asked <c>review lessons</c> for, read from their words (<see cref="LessonsArguments"/>).</summary>
/// <param name="Words">The words searched, in the order typed; empty for any.</param>
/// <param name="Person">Only this member's answers, former members included; null for everyone's.</param>
/// <param name="Market">Only answers about this market, spelt as the team spells it; null for every market.</param>
/// <param name="From">The first quarter searched; null for all of them (then <paramref name="Until"/> is null too).</param>
/// <param name="Until">The last quarter searched.</param>
public sealed record LessonsQuery(IReadOnlyList<string> Words, Member? Person, string? Market, Quarter? From, Quarter? Until)
{
    public static LessonsQuery Latest { get; } = new([], null, null, null, null);

    /// <summary>Nothing narrows it: the team's latest lessons.</summary>
    public bool IsLatest => Words.Count == 0 && Person is null && Market is null && From is null;

    public LessonSearch ToSearch(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return new LessonSearch(team.WorkspaceId, team.Id, Words.Count == 0 ? null : string.Join(' ', Words), Person?.Id, Market, From, Until);
    }
}
