namespace ReviewBot.Core.Conversation;

/// <summary>
/// The direct-message conversation a chat platform gave the bot with a person (Slack's D… channel from
/// conversations.open), kept so it is opened once rather than before every message: opening is rate-limited
/// far below posting. Keyed by the person's id on the platform; every call names its workspace.
/// </summary>
public interface IDirectChannels
{
    /// <summary>The stored channel id; null when none was stored yet.</summary>
    Task<string?> GetAsync(string workspaceId, string platformUserId, CancellationToken cancellationToken);

    /// <summary>Stores the channel id, replacing one stored before (a channel the platform no longer knows).</summary>
    Task SaveAsync(string workspaceId, string platformUserId, string channelId, CancellationToken cancellationToken);
}
