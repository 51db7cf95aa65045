using System.Globalization;
using ReviewBot.Core.People;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// The language the adapter's own words (a modal's Cancel, "Working on it…", why a message failed) are written
/// in: the member's locale for what one person reads, the team's for what its manager reads about the team. The
/// member list's locale is the team file's, or Slack's users.info locale when the file left it out
/// (<see cref="SlackProfiles"/>); someone the member list does not know reads English.
/// </summary>
public sealed class SlackReaders(ITeamDirectory directory)
{
    /// <summary>What a reader the bot knows nothing about reads.</summary>
    public static readonly CultureInfo Unknown = CultureInfo.GetCultureInfo("en-US");

    public async Task<CultureInfo> OfMemberAsync(Workspace workspace, string slackUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var members = await directory.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Slack, slackUserId, cancellationToken);
        return members.Count > 0 ? Culture(members[0].Locale) : Unknown;
    }

    /// <summary>The culture of the team <paramref name="member"/> belongs to.</summary>
    public async Task<CultureInfo> OfTeamAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var team = await directory.FindTeamAsync(member.WorkspaceId, member.TeamId, cancellationToken);
        return team is null ? Unknown : ChannelCulture.For(team);
    }

    /// <summary>The culture of the team whose summary channel <paramref name="channelId"/> is.</summary>
    public async Task<CultureInfo> OfChannelAsync(string workspaceId, string channelId, CancellationToken cancellationToken)
    {
        var teams = await directory.ListTeamsAsync(workspaceId, cancellationToken);
        var team = teams.FirstOrDefault(t => t.SummaryChannels.Any(c => c.Platform == ChatPlatform.Slack && c.ChannelId == channelId));
        return team is null ? Unknown : ChannelCulture.For(team);
    }

    private static CultureInfo Culture(string locale)
    {
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return Unknown;
        }
    }
}
