using System.Globalization;
using ReviewBot.Core.People;
using ReviewBot.Core.Reviews;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// The language the adapter's own words (a required field's note, "Done.", why a message failed) are written in:
/// the member's locale for what one person reads, the team's for what its manager reads about the team. The member
/// list's locale is the team file's, or the Teams client's (the activity's <c>locale</c>) when the file left it out
/// (<see cref="TeamsProfiles"/>); someone the member list does not know reads their client's language.
/// </summary>
public sealed class TeamsReaders(ITeamDirectory directory)
{
    /// <summary>What a reader the bot knows nothing about reads.</summary>
    public static readonly CultureInfo Unknown = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The culture of the person who sent <paramref name="activity"/>.</summary>
    public async Task<CultureInfo> OfSenderAsync(Workspace workspace, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.From?.AadObjectId)
            && await directory.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Teams, activity.From.AadObjectId.ToLowerInvariant(), cancellationToken) is [var member, ..])
        {
            return Of(member);
        }

        return Known(activity.Locale) ?? Unknown;
    }

    public static CultureInfo Of(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Known(member.Locale) ?? Unknown;
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
        var team = teams.FirstOrDefault(t => t.SummaryChannels.Any(c => c.Platform == ChatPlatform.Teams && c.ChannelId == channelId));
        return team is null ? Unknown : ChannelCulture.For(team);
    }

    /// <summary>A culture .NET knows by that name (Teams sends BCP 47: <c>zh-CN</c>, <c>en-US</c>); null for anything else.</summary>
    public static CultureInfo? Known(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
