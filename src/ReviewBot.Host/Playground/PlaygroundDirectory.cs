using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Playground;

/// <summary>
/// Who is in the playground: the teams of every playground workspace, not only the demo's, so a team
/// imported from any OKR file with <c>platform: playground</c> can be tried on the page.
/// </summary>
internal static class PlaygroundDirectory
{
    public static async Task<IReadOnlyList<Workspace>> WorkspacesAsync(IWorkspaceDirectory workspaces, CancellationToken cancellationToken)
    {
        return [.. (await workspaces.EnabledAsync(cancellationToken))
            .Where(w => w.Platform == ChatPlatform.Playground)
            .OrderBy(w => w.Name, StringComparer.Ordinal)];
    }

    public static async Task<PlaygroundPeople> PeopleAsync(IWorkspaceDirectory workspaces, ITeamDirectory directory, CancellationToken cancellationToken)
    {
        var playgrounds = await WorkspacesAsync(workspaces, cancellationToken);
        var people = new List<PlaygroundPerson>();
        foreach (var workspace in playgrounds)
        {
            foreach (var team in await directory.ListTeamsAsync(workspace.Id, cancellationToken))
            {
                var members = await directory.MembersAsync(workspace.Id, team.Id, cancellationToken);
                people.AddRange(members
                    .OrderByDescending(m => m.Role == MemberRole.Manager)
                    .ThenBy(m => m.Name, StringComparer.Ordinal)
                    .Select(m => new PlaygroundPerson(m.Id, m.Name, m.IsManager ? "manager" : "member", m.Market, team.Name, m.Locale, workspace.Id, workspace.Name)));
            }
        }

        return new PlaygroundPeople(playgrounds.Count == 0 ? null : string.Join(", ", playgrounds.Select(w => w.Name)), people);
    }

    /// <summary>The person with this id in one of the playground workspaces, or null.</summary>
    /// <remarks>In the playground a person's chat id is their member id, which is unique across workspaces.</remarks>
    public static async Task<PlaygroundSpeaker?> SpeakerAsync(IWorkspaceDirectory workspaces, ITeamDirectory directory, string memberId, CancellationToken cancellationToken)
    {
        foreach (var workspace in await WorkspacesAsync(workspaces, cancellationToken))
        {
            var members = await directory.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Playground, memberId, cancellationToken);
            if (members.Count == 0)
            {
                continue;
            }

            var teams = await directory.ListTeamsAsync(workspace.Id, cancellationToken);
            if (teams.FirstOrDefault(t => t.Id == members[0].TeamId) is { } team)
            {
                return new PlaygroundSpeaker(workspace, team, members[0]);
            }
        }

        return null;
    }
}
