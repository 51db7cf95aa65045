namespace ReviewBot.Teams.Schema;

/// <summary>
/// What a proactive message needs to reach a conversation again: where the connector for it lives, the
/// conversation, the tenant, and who the user and the bot are in it (Bot Builder's ConversationReference).
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string ConversationType,
    string TenantId,
    string BotId,
    string? UserId,
    string? UserAadObjectId);
