using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Why a message did not reach Slack, as the team's manager reads it in <c>review week</c>: SlackDeliveryText.resx
/// and its translations. Each sentence ends with Slack's own code ({0}), which makes it searchable.
/// </summary>
internal static class SlackDeliveryText
{
    private static readonly TextCatalog Catalog = new(typeof(SlackDeliveryText));

    public static string AnswerLostWithStatus(CultureInfo culture, int httpStatus) => Catalog.Say(culture, nameof(AnswerLostWithStatus), httpStatus);

    public static string AnswerLostWithoutAnswer(CultureInfo culture) => Catalog.Say(culture, nameof(AnswerLostWithoutAnswer));

    public static string MemberAccountNotFound(CultureInfo culture, string code) => Catalog.Say(culture, nameof(MemberAccountNotFound), code);

    public static string MemberAccountDeactivated(CultureInfo culture, string code) => Catalog.Say(culture, nameof(MemberAccountDeactivated), code);

    public static string BotAccountInactive(CultureInfo culture, string code) => Catalog.Say(culture, nameof(BotAccountInactive), code);

    public static string MemberIsABot(CultureInfo culture, string code) => Catalog.Say(culture, nameof(MemberIsABot), code);

    public static string ChannelNotFound(CultureInfo culture, string code) => Catalog.Say(culture, nameof(ChannelNotFound), code);

    public static string BotNotInChannel(CultureInfo culture, string code) => Catalog.Say(culture, nameof(BotNotInChannel), code);

    public static string ChannelArchived(CultureInfo culture, string code) => Catalog.Say(culture, nameof(ChannelArchived), code);

    public static string CredentialsRefused(CultureInfo culture, string code) => Catalog.Say(culture, nameof(CredentialsRefused), code);

    public static string NotInstalled(CultureInfo culture, string code) => Catalog.Say(culture, nameof(NotInstalled), code);

    public static string PermissionMissing(CultureInfo culture, string code) => Catalog.Say(culture, nameof(PermissionMissing), code);

    public static string WorkspaceSettingStopsBot(CultureInfo culture, string code) => Catalog.Say(culture, nameof(WorkspaceSettingStopsBot), code);

    public static string ContentRefused(CultureInfo culture, string code) => Catalog.Say(culture, nameof(ContentRefused), code);

    public static string RateLimited(CultureInfo culture, string code) => Catalog.Say(culture, nameof(RateLimited), code);

    public static string Unreachable(CultureInfo culture) => Catalog.Say(culture, nameof(Unreachable));

    public static string SlackHadAProblem(CultureInfo culture, string code) => Catalog.Say(culture, nameof(SlackHadAProblem), code);

    public static string NotAccepted(CultureInfo culture, string code) => Catalog.Say(culture, nameof(NotAccepted), code);
}
