namespace ReviewBot.Slack;

/// <summary>
/// What the code needs from the Slack app: its command, the events it handles, the Web API methods it
/// calls with the bot scope each needs, and its request paths. manifests/slack/manifest.yaml must match
/// exactly (a test checks both ways).
/// </summary>
public static class SlackAppRequirements
{
    public const string Command = "/review";

    public const string CommandsPath = "/slack/commands";
    public const string InteractionsPath = "/slack/interactions";
    public const string EventsPath = "/slack/events";

    /// <summary>Where a workspace admin starts an install (OAuth v2), and where Slack sends them back (the manifest's redirect URL).</summary>
    public const string InstallPath = "/slack/install";
    public const string OAuthCallbackPath = "/slack/oauth/callback";

    public static class Events
    {
        public const string AppHomeOpened = "app_home_opened";
        public const string DirectMessage = "message.im";
        public const string AppUninstalled = "app_uninstalled";
        public const string TokensRevoked = "tokens_revoked";

        public static IReadOnlyList<string> All { get; } = [AppHomeOpened, DirectMessage, AppUninstalled, TokensRevoked];
    }

    /// <summary>The bot scope each Web API method needs; null for methods that need none.</summary>
    public static IReadOnlyDictionary<string, string?> ScopeByMethod { get; } = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["auth.test"] = null,
        ["chat.postMessage"] = "chat:write",
        ["chat.update"] = "chat:write",
        ["chat.postEphemeral"] = "chat:write",
        ["conversations.open"] = "im:write",
        // Reading back whether a scheduled post arrived: im:history (a feature's scope below) covers DMs, this
        // public summary channels, and groups:history (a feature's) private ones.
        ["conversations.history"] = "channels:history",
        ["users.info"] = "users:read",
        ["views.open"] = null,
        ["views.update"] = null,
        ["views.publish"] = null,
        ["files.getUploadURLExternal"] = "files:write",
        ["files.completeUploadExternal"] = "files:write",
    };

    /// <summary>
    /// The Web API methods the bot calls (the client has a few more, which ask for their scopes only once
    /// something calls them). The file upload pair shares a review's charts and exports.
    /// </summary>
    public static IReadOnlySet<string> UsedMethods { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "auth.test", "chat.postMessage", "chat.update", "conversations.open", "conversations.history", "users.info", "views.open", "views.publish",
        "files.getUploadURLExternal", "files.completeUploadExternal",
    };

    /// <summary>Scopes that come with a feature rather than a method: the slash command and reading direct messages.</summary>
    public static IReadOnlyDictionary<string, string> ScopeByFeature { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Command] = "commands",
        [Events.DirectMessage] = "im:history",
        [PrivateSummaryChannels] = "groups:history",
    };

    /// <summary>The feature of looking for a scheduled post in a private summary channel's history.</summary>
    public const string PrivateSummaryChannels = "private summary channels";

    public static IReadOnlySet<string> BotScopes { get; } =
        UsedMethods.Select(m => ScopeByMethod[m]).OfType<string>().Concat(ScopeByFeature.Values).ToHashSet(StringComparer.Ordinal);
}
