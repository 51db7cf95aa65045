using System.Globalization;
using ReviewBot.Core.People;

namespace ReviewBot.Core.Reviews;

/// <summary>The culture for what the bot posts to a team's channel, where many people with their own locales read it.</summary>
public static class ChannelCulture
{
    /// <summary>
    /// The team's own locale: a channel has no single reader, so one document is in one locale, the team's,
    /// and the same review reads the same whoever posted it.
    /// </summary>
    public static CultureInfo For(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        return CultureInfo.GetCultureInfo(team.Locale);
    }
}
