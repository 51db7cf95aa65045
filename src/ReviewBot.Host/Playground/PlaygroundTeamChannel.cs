using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Playground;

/// <summary>Where a team's posts go in the playground, and so what its "Team channel" view shows.</summary>
internal static class PlaygroundTeamChannel
{
    /// <summary>
    /// The team's playground summary channels from its OKR file; when it names none, <c>#team-key</c>, so
    /// a manager's <c>review quarter post</c> still lands somewhere the team can read it.
    /// </summary>
    public static IReadOnlyList<string> Of(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        var named = team.SummaryChannels
            .Where(c => c.Platform == ChatPlatform.Playground)
            .Select(c => c.ChannelId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return named.Count > 0 ? named : [$"#{team.Key}"];
    }
}
