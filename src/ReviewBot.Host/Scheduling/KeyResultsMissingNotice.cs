using ReviewBot.Core.Conversation;
using ReviewBot.Core.Okrs;
using ReviewBot.Core.People;
using ReviewBot.Core.Periods;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// The manager's once-a-quarter word that some members own no key results in the quarter, so the bot will not
/// prompt them: read when it is sent, so that key results imported since it was planned count.
/// </summary>
public sealed class KeyResultsMissingNotice(ITeamDirectory directory, ITeamOkrs okrs)
{
    /// <summary>The notice for <paramref name="manager"/>; null when by now every member (managers aside) owns key results.</summary>
    public async Task<MessageReply?> BuildAsync(Team team, Member manager, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(manager);
        var owners = (await okrs.ObjectivesAsync(team.WorkspaceId, team.Id, quarter, cancellationToken))
            .SelectMany(o => o.KeyResults).Select(k => k.OwnerMemberId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var members = (await directory.MembersAsync(team.WorkspaceId, team.Id, cancellationToken)).Where(m => m.Active && !m.IsManager).ToList();
        var missing = members.Where(m => !owners.Contains(m.Id)).Select(m => m.Name).Order(StringComparer.CurrentCulture).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var who = missing.Count == members.Count ? "Nobody in the team owns" : $"{missing.Count} of {members.Count} members own no";
        return new MessageReply
        {
            Headline = missing.Count == members.Count
                ? $"{team.Name}: nobody owns key results in {quarter.Id}, so nobody will be prompted to check in"
                : $"{team.Name}: {who} key results in {quarter.Id} and will not be prompted to check in",
            Context =
            [
                $"Without key results: {string.Join(", ", missing)}.",
                "Import the quarter's OKR file (reviewbot import) to start their check-ins; you are told this once a quarter.",
            ],
            ToMemberId = manager.Id,
        };
    }
}
