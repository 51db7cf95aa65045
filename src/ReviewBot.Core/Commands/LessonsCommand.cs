using ReviewBot.Core.Conversation;
using ReviewBot.Core.Lessons;
using ReviewBot.Core.Reviews;

namespace ReviewBot.Core.Commands;

/// <summary><c>review lessons [words] [@person] [market] [quarters]</c>: what the team learnt in past quarters, for anyone on it.</summary>
internal sealed class LessonsCommand(IReviewStore store)
{
    /// <summary>
    /// How many quarters back a key result's market is known as a market word: a year and a quarter, so what was
    /// sold to last year names its market even when nobody on the team sells there now.
    /// </summary>
    private const int MarketQuarters = 5;

    public async Task<IReadOnlyList<Reply>> RunAsync(Speaker speaker, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        ArgumentNullException.ThrowIfNull(args);
        var team = speaker.Team;
        // Former members too: a newcomer reads what someone who has since left learnt, and may ask for them by name.
        var members = await store.AllMembersAsync(team.WorkspaceId, team.Id, cancellationToken);
        var reading = LessonsArguments.Read(speaker, args, members, await MarketsAsync(speaker, members, cancellationToken));
        if (reading.Query is not { } query)
        {
            return reading.Refusal!;
        }

        var search = query.ToSearch(team);
        var found = await store.SearchLessonsAsync(search, cancellationToken);
        var former = members.Where(m => !m.Active).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        return [LessonsReport.Build(query, found, search.Limit, former, team.Name, speaker.Quarter, speaker.Culture)];
    }

    /// <summary>The markets the team's members sell to, and those its key results of the last quarters were measured in.</summary>
    private async Task<HashSet<string>> MarketsAsync(Speaker speaker, IReadOnlyList<People.Member> members, CancellationToken cancellationToken)
    {
        var markets = new HashSet<string>(members.Select(m => m.Market).Where(m => !string.IsNullOrWhiteSpace(m) && m != KeyResultStanding.TeamMarket), StringComparer.OrdinalIgnoreCase);
        var quarter = speaker.Quarter;
        for (var i = 0; i < MarketQuarters; i++, quarter = quarter.Previous())
        {
            var objectives = await store.ObjectivesAsync(speaker.Team.WorkspaceId, speaker.Team.Id, quarter, cancellationToken);
            markets.UnionWith(objectives.SelectMany(o => o.KeyResults).Select(k => k.Market).OfType<string>().Where(m => !string.IsNullOrWhiteSpace(m)));
        }

        return markets;
    }
}
