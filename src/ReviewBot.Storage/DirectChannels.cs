using ReviewBot.Core.Conversation;

namespace ReviewBot.Storage;

/// <summary>The DM channel ids the bot was given, over the SQL store; each call opens its own session.</summary>
public sealed class DirectChannels(Database database, TimeProvider time) : IDirectChannels
{
    public async Task<string?> GetAsync(string workspaceId, string platformUserId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        return await session.QuerySingleOrDefaultAsync<string>(
            "SELECT channel_id FROM direct_channels WHERE workspace_id = @WorkspaceId AND platform_user_id = @PlatformUserId",
            new { WorkspaceId = workspaceId, PlatformUserId = platformUserId },
            cancellationToken);
    }

    /// <remarks>One statement, so two hosts saving at once both succeed and the later one's id stays.</remarks>
    public async Task SaveAsync(string workspaceId, string platformUserId, string channelId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        await using var session = await database.OpenSessionAsync(cancellationToken);
        await session.ExecuteAsync(
            """
            INSERT INTO direct_channels (workspace_id, platform_user_id, channel_id, updated_at)
            VALUES (@WorkspaceId, @PlatformUserId, @ChannelId, @UpdatedAt)
            ON CONFLICT (workspace_id, platform_user_id) DO UPDATE SET channel_id = excluded.channel_id, updated_at = excluded.updated_at
            """,
            new { WorkspaceId = workspaceId, PlatformUserId = platformUserId, ChannelId = channelId, UpdatedAt = time.GetUtcNow() },
            cancellationToken);
    }
}
