using System.Globalization;
using Microsoft.Extensions.Logging;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Fills in the time zone and locale of members the OKR file left without them, from their Slack profile
/// (users.info), the first time they are seen. Prompts and weeks then follow their own clock.
/// </summary>
public sealed partial class SlackProfiles(SlackWorkspaceClients clients, ITeamDirectory directory, IMemberAccounts accounts, ILogger<SlackProfiles> logger)
{
    public async Task FillAsync(Workspace workspace, string slackUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var waiting = (await directory.MembersByChatIdentityAsync(workspace.Id, ChatPlatform.Slack, slackUserId, cancellationToken))
            .Where(m => m.ProfileFromChat)
            .ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        var user = await (await clients.ForAsync(workspace, cancellationToken)).Users.InfoAsync(slackUserId, cancellationToken);
        var zone = user.Tz is { } tz && TimeZoneInfo.TryFindSystemTimeZoneById(tz, out var found) && found.HasIanaId ? tz : null;
        var locale = KnownLocale(user.Locale);
        foreach (var member in waiting)
        {
            await accounts.SaveChatProfileAsync(member.WorkspaceId, member.Id, zone ?? member.TimeZoneId, locale ?? member.Locale, cancellationToken);
            LogFilled(logger, member.Id, zone ?? member.TimeZoneId, locale ?? member.Locale);
        }
    }

    private static string? KnownLocale(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} now uses time zone {TimeZone} and locale {Locale} from their Slack profile")]
    private static partial void LogFilled(ILogger logger, string memberId, string timeZone, string locale);
}
