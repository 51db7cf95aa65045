using ReviewBot.Core.CheckIns;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Scoring;

namespace ReviewBot.Core.Reviews;

/// <summary>Where one key result stands: its score at the latest value and the weekly values behind it.</summary>
public sealed record KeyResultStanding(
    Objective Objective,
    KeyResult KeyResult,
    Member? Owner,
    string Market,
    KeyResultScore Score,
    IReadOnlyList<CheckIn> Weekly)
{
    /// <summary>
    /// The market of a key result the team owns without naming one: a key that groups its roll-up, shown to a
    /// reader as <see cref="ReviewHeadings.TeamMarket"/> in their language.
    /// </summary>
    public const string TeamMarket = "Team";

    public CheckIn? Latest => Weekly.Count > 0 ? Weekly[^1] : null;

    /// <summary>The score as of the end of a week (the latest check-in up to it), or the start's score before any.</summary>
    public decimal ScoreAsOf(int weekNumber) =>
        Weekly.LastOrDefault(c => c.WeekNumber <= weekNumber) is { } checkIn ? KeyResultScore.Of(KeyResult, checkIn.Value).Score : 0m;

    public static IReadOnlyList<KeyResultStanding> Of(IReadOnlyList<Objective> objectives, IReadOnlyList<Member> members, CheckInHistory history)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(history);
        // By id, the first of the list winning as a search from the front would: a team of a thousand owns thousands of key results.
        var membersById = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            membersById.TryAdd(member.Id, member);
        }

        return
        [
            .. objectives.SelectMany(o => o.KeyResults.Select(kr =>
            {
                var owner = kr.OwnerMemberId is { } ownerId ? membersById.GetValueOrDefault(ownerId) : null;
                var weekly = history.WeeklyValues(kr.Id);
                var score = weekly.Count > 0 ? KeyResultScore.Of(kr, weekly[^1].Value) : KeyResultScore.NotStarted(kr);
                return new KeyResultStanding(o, kr, owner, kr.Market ?? owner?.Market ?? TeamMarket, score, weekly);
            })),
        ];
    }
}
