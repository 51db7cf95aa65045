using Microsoft.Extensions.Logging;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Fills in the locale (and time zone) of members the OKR file left without them from what their Teams client
/// sends with every activity (<c>locale</c>, <c>localTimezone</c>), before the turn is answered: the first reply
/// is then already in their language. What the team file says always wins; only members still waiting are written.
/// </summary>
public sealed partial class TeamsProfiles(ITeamDirectory directory, IMemberAccounts accounts, ILogger<TeamsProfiles> logger)
{
    public async Task FillAsync(Workspace workspace, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(activity);
        var locale = TeamsReaders.Known(activity.Locale)?.Name;
        var zone = activity.LocalTimezone is { } tz && TimeZoneInfo.TryFindSystemTimeZoneById(tz, out var found) && found.HasIanaId ? tz : null;
        if ((locale is null && zone is null) || string.IsNullOrWhiteSpace(activity.From?.AadObjectId))
        {
            // Nothing to learn from this activity; a later one may carry it.
            return;
        }

        var waiting = (await directory.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Teams, activity.From.AadObjectId.ToLowerInvariant(), cancellationToken))
            .Where(m => m.ProfileFromChat)
            .ToList();
        foreach (var member in waiting)
        {
            await accounts.SaveChatProfileAsync(member.WorkspaceId, member.Id, zone ?? member.TimeZoneId, locale ?? member.Locale, cancellationToken);
            LogFilled(logger, member.Id, zone ?? member.TimeZoneId, locale ?? member.Locale);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} now uses time zone {TimeZone} and locale {Locale} from their Teams client")]
    private static partial void LogFilled(ILogger logger, string memberId, string timeZone, string locale);
}
