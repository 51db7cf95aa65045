namespace ReviewBot.Core.Workspaces;

/// <summary>
/// The bot's install in one Slack workspace through Slack's OAuth flow: its bot token, kept only as the
/// ciphertext the Slack adapter made of it (the store never sees the token itself).
/// </summary>
/// <param name="TeamId">Slack's team id (T…), the workspace's <see cref="Workspace.ExternalId"/>.</param>
/// <param name="ProtectedBotToken">The bot token as encrypted by the adapter; opaque to everything else.</param>
/// <param name="Scopes">The bot scopes Slack granted, as Slack lists them.</param>
/// <param name="InstalledBy">The Slack user id of the person who installed the app.</param>
public sealed record SlackInstallation(
    string TeamId,
    string TeamName,
    string ProtectedBotToken,
    string BotUserId,
    IReadOnlyList<string> Scopes,
    string InstalledBy,
    DateTimeOffset InstalledAt);
