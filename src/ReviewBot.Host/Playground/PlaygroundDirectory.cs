using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Storage;

namespace ReviewBot.Host.Playground;

/// <summary>
/// Who is in the playground: the teams of every playground workspace, not only the demo's, so a team
/// imported from any OKR file with <c>platform: playground</c> can be tried on the page.
/// </summary>
internal static class PlaygroundDirectory
{
    public static async Task<IReadOnlyList<Workspace>> WorkspacesAsync(Database database, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return [.. (await session.Workspaces.EnabledAsync(cancellationToken))
            .Where(w => w.Platform == ChatPlatform.Playground)
            .OrderBy(w => w.Name, StringComparer.Ordinal)];
    }

    public static async Task<PlaygroundPeople> PeopleAsync(Database database, IReviewStore store, CancellationToken cancellationToken)
    {
        var workspaces = await WorkspacesAsync(database, cancellationToken);
        var people = new List<PlaygroundPerson>();
        foreach (var workspace in workspaces)
        {
            foreach (var team in await store.TeamsAsync(workspace.Id, cancellationToken))
            {
                var members = await store.MembersAsync(workspace.Id, team.Id, cancellationToken);
                people.AddRange(members
                    .OrderByDescending(m => m.Role == MemberRole.Manager)
                    .ThenBy(m => m.Name, StringComparer.Ordinal)
                    .Select(m => new PlaygroundPerson(m.Id, m.Name, m.IsManager ? "manager" : "member", m.Market, team.Name, m.Locale, workspace.Id, workspace.Name)));
            }
        }

        return new PlaygroundPeople(workspaces.Count == 0 ? null : string.Join(", ", workspaces.Select(w => w.Name)), people);
    }

    /// <summary>The person with this id in one of the playground workspaces, or null.</summary>
    /// <remarks>In the playground a person's chat id is their member id, which is unique across workspaces.</remarks>
    public static async Task<PlaygroundSpeaker?> SpeakerAsync(Database database, IReviewStore store, string memberId, CancellationToken cancellationToken)
    {
        foreach (var workspace in await WorkspacesAsync(database, cancellationToken))
        {
            var members = await store.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Playground, memberId, cancellationToken);
            if (members.Count == 0)
            {
                continue;
            }

            var teams = await store.TeamsAsync(workspace.Id, cancellationToken);
            if (teams.FirstOrDefault(t => t.Id == members[0].TeamId) is { } team)
            {
                return new PlaygroundSpeaker(workspace, team, members[0]);
            }
        }

        return null;
    }
}
