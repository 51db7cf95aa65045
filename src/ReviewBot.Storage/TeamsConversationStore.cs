namespace ReviewBot.Storage;

/// <summary>Teams conversation references, kept per workspace (tenant) for proactive messages.</summary>
public sealed class TeamsConversationStore
{
    private const string Columns =
        "workspace_id, conversation_id, conversation_type, service_url, tenant_id, bot_id, user_id, user_aad_object_id, enabled";

    private readonly StorageSession _session;

    internal TeamsConversationStore(StorageSession session) => _session = session;

    /// <summary>Creates or refreshes a reference, enabled again if it was disabled.</summary>
    public Task SaveAsync(StoredConversation conversation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return _session.ExecuteAsync(
            """
            INSERT INTO teams_conversations (workspace_id, conversation_id, conversation_type, service_url, tenant_id, bot_id, user_id, user_aad_object_id, enabled, updated_at)
            VALUES (@WorkspaceId, @ConversationId, @ConversationType, @ServiceUrl, @TenantId, @BotId, @UserId, @UserAadObjectId, TRUE, @UpdatedAt)
            ON CONFLICT (workspace_id, conversation_id) DO UPDATE SET
                conversation_type = excluded.conversation_type, service_url = excluded.service_url, tenant_id = excluded.tenant_id,
                bot_id = excluded.bot_id, user_id = COALESCE(excluded.user_id, teams_conversations.user_id),
                user_aad_object_id = COALESCE(excluded.user_aad_object_id, teams_conversations.user_aad_object_id),
                enabled = TRUE, updated_at = excluded.updated_at
            """,
            new
            {
                conversation.WorkspaceId,
                conversation.ConversationId,
                conversation.ConversationType,
                conversation.ServiceUrl,
                conversation.TenantId,
                conversation.BotId,
                conversation.UserId,
                UserAadObjectId = conversation.UserAadObjectId?.ToLowerInvariant(),
                UpdatedAt = now,
            },
            cancellationToken);
    }

    /// <summary>The enabled 1:1 conversation with a person, by their Entra object id.</summary>
    public Task<StoredConversation?> FindPersonalAsync(string workspaceId, string aadObjectId, CancellationToken cancellationToken) =>
        _session.QuerySingleOrDefaultAsync<StoredConversation>(
            $"""
            SELECT {Columns} FROM teams_conversations
            WHERE workspace_id = @WorkspaceId AND user_aad_object_id = @AadObjectId AND conversation_type = 'personal' AND enabled = TRUE
            ORDER BY updated_at DESC LIMIT 1
            """,
            new { WorkspaceId = workspaceId, AadObjectId = aadObjectId.ToLowerInvariant() },
            cancellationToken);

    /// <summary>Any enabled conversation of the workspace: where its connector (service URL) and the bot's id can be learnt.</summary>
    public Task<StoredConversation?> AnyAsync(string workspaceId, CancellationToken cancellationToken) =>
        _session.QuerySingleOrDefaultAsync<StoredConversation>(
            $"SELECT {Columns} FROM teams_conversations WHERE workspace_id = @WorkspaceId AND enabled = TRUE ORDER BY updated_at DESC LIMIT 1",
            new { WorkspaceId = workspaceId },
            cancellationToken);

    public Task<StoredConversation?> GetAsync(string workspaceId, string conversationId, CancellationToken cancellationToken) =>
        _session.QuerySingleOrDefaultAsync<StoredConversation>(
            $"SELECT {Columns} FROM teams_conversations WHERE workspace_id = @WorkspaceId AND conversation_id = @ConversationId",
            new { WorkspaceId = workspaceId, ConversationId = conversationId },
            cancellationToken);

    /// <summary>Stops delivery to a conversation the app was removed from.</summary>
    public Task DisableAsync(string workspaceId, string conversationId, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "UPDATE teams_conversations SET enabled = FALSE WHERE workspace_id = @WorkspaceId AND conversation_id = @ConversationId",
            new { WorkspaceId = workspaceId, ConversationId = conversationId },
            cancellationToken);
}
