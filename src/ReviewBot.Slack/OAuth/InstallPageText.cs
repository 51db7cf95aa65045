using System.Globalization;
using ReviewBot.Core.Text;

namespace ReviewBot.Slack.OAuth;

/// <summary>What the install and callback pages say, in the visitor's language: InstallPageText.resx and its translations beside it.</summary>
internal static class InstallPageText
{
    private static readonly TextCatalog Catalog = new(typeof(InstallPageText));

    public static string InstalledTitle(CultureInfo culture) => Catalog.Say(culture, nameof(InstalledTitle));

    public static string InstalledBody(CultureInfo culture, string workspace) => Catalog.Say(culture, nameof(InstalledBody), workspace);

    public static string InstalledNextStep(CultureInfo culture, string workspaceSetting) => Catalog.Say(culture, nameof(InstalledNextStep), workspaceSetting);

    public static string CancelledTitle(CultureInfo culture) => Catalog.Say(culture, nameof(CancelledTitle));

    public static string CancelledBody(CultureInfo culture, string installUrl) => Catalog.Say(culture, nameof(CancelledBody), installUrl);

    public static string NotInstalledTitle(CultureInfo culture) => Catalog.Say(culture, nameof(NotInstalledTitle));

    public static string StateForged(CultureInfo culture, string installUrl) => Catalog.Say(culture, nameof(StateForged), installUrl);

    public static string StateExpired(CultureInfo culture, int minutes, string installUrl) => Catalog.Say(culture, nameof(StateExpired), minutes, installUrl);

    public static string StateReused(CultureInfo culture, string installUrl) => Catalog.Say(culture, nameof(StateReused), installUrl);

    public static string CodeMissing(CultureInfo culture, string installUrl) => Catalog.Say(culture, nameof(CodeMissing), installUrl);

    public static string SlackRefused(CultureInfo culture, string error, string installUrl) => Catalog.Say(culture, nameof(SlackRefused), error, installUrl);

    public static string SlackUnreachable(CultureInfo culture, string installUrl) => Catalog.Say(culture, nameof(SlackUnreachable), installUrl);

    public static string NotConfiguredTitle(CultureInfo culture) => Catalog.Say(culture, nameof(NotConfiguredTitle));

    public static string NotConfiguredBody(CultureInfo culture, string clientIdSetting, string clientSecretSetting) =>
        Catalog.Say(culture, nameof(NotConfiguredBody), clientIdSetting, clientSecretSetting);
}
