using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Teams.Handlers;

/// <summary>Why a message did not reach Teams, as the team's manager reads it in <c>review week</c>: TeamsDeliveryText.resx and its translations.</summary>
internal static class TeamsDeliveryText
{
    private static readonly TextCatalog Catalog = new(typeof(TeamsDeliveryText));

    public static string AnswerLostWithStatus(CultureInfo culture, int httpStatus) => Catalog.Say(culture, nameof(AnswerLostWithStatus), httpStatus);

    public static string AnswerLostWithoutAnswer(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerLostWithoutAnswer));

    public static string BotMayNotPostInChannel(CultureInfo culture) => Catalog.Say(culture, nameof(BotMayNotPostInChannel));

    public static string ChannelNotFound(CultureInfo culture) => Catalog.Say(culture, nameof(ChannelNotFound));

    public static string BotRemovedOrBlocked(CultureInfo culture) => Catalog.Say(culture, nameof(BotRemovedOrBlocked));

    public static string MemberUnreachable(CultureInfo culture) => Catalog.Say(culture, nameof(MemberUnreachable));

    public static string ContentRefused(CultureInfo culture) => Catalog.Say(culture, nameof(ContentRefused));

    public static string RateLimited(CultureInfo culture) => Catalog.Say(culture, nameof(RateLimited));

    public static string CredentialsRefused(CultureInfo culture) => Catalog.Say(culture, nameof(CredentialsRefused));

    public static string TeamsHadAProblem(CultureInfo culture) => Catalog.Say(culture, nameof(TeamsHadAProblem));

    public static string BotCouldNotSignIn(CultureInfo culture) => Catalog.Say(culture, nameof(BotCouldNotSignIn));

    public static string Unreachable(CultureInfo culture) => Catalog.Say(culture, nameof(Unreachable));

    public static string NotInstalledInTeam(CultureInfo culture) => Catalog.Say(culture, nameof(NotInstalledInTeam));

    /// <summary>A whole reason (in the same culture) with the connector's HTTP status after it, punctuated as the language writes it.</summary>
    public static string ReasonWithStatus(CultureInfo culture, string reason, int httpStatus) => Catalog.Say(culture, nameof(ReasonWithStatus), reason, httpStatus);

    public static string MemberHasNoChat(CultureInfo culture) => Catalog.Say(culture, nameof(MemberHasNoChat));
}
