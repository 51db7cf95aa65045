using System.Globalization;
using ReviewBot.Core.People;

namespace ReviewBot.Core.Reviews;

/// <summary>The culture for what the bot posts to a team's channel, where many people with their own locales read it.</summary>
public static class ChannelCulture
{
    private static readonly CultureInfo Fallback = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// The first active manager's locale: a channel has no single reader, and the manager is the one who set up
    /// the team and answers for its numbers. en-US when the team has no active manager.
    /// </summary>
    public static CultureInfo For(IReadOnlyList<Member> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.FirstOrDefault(m => m.Active && m.IsManager) is { } manager ? CultureInfo.GetCultureInfo(manager.Locale) : Fallback;
    }
}
