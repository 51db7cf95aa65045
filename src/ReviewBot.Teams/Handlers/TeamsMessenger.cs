using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Connector;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Proactive messages over Teams: into the member's stored 1:1 conversation, or into one created through
/// the connector of their tenant when there is none yet (the app must be installed for them).
/// </summary>
public sealed class TeamsMessenger(TeamsWorkspaces workspaces, ConnectorClient connector) : IChannelMessenger
{
    public ChatPlatform Platform => ChatPlatform.Teams;

    public async Task<bool> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(message);
        if (member.TeamsUserId is null)
        {
            return false;
        }

        var conversation = await workspaces.PersonalAsync(member.WorkspaceId, member.TeamsUserId, cancellationToken);
        string serviceUrl, conversationId;
        if (conversation is not null)
        {
            (serviceUrl, conversationId) = (conversation.ServiceUrl, conversation.ConversationId);
        }
        else if (await workspaces.AnyAsync(member.WorkspaceId, cancellationToken) is { } known)
        {
            // Teams resolves the person from their Entra object id; creating is idempotent.
            var created = await connector.CreateConversationAsync(
                known.ServiceUrl,
                new ConversationParameters(false, new ChannelAccount(known.BotId), [new ChannelAccount(member.TeamsUserId, AadObjectId: member.TeamsUserId)], known.TenantId),
                cancellationToken);
            (serviceUrl, conversationId) = (known.ServiceUrl, created.Id);
            await workspaces.RememberAsync(
                member.WorkspaceId,
                new Activity
                {
                    Type = Activity.Types.ConversationUpdate,
                    ServiceUrl = known.ServiceUrl,
                    Conversation = new ConversationAccount(created.Id, "personal", known.TenantId),
                    Recipient = new ChannelAccount(known.BotId),
                },
                new ChannelAccount(member.TeamsUserId, AadObjectId: member.TeamsUserId),
                cancellationToken);
        }
        else
        {
            return false;
        }

        foreach (var activity in TeamsReplies.Activities(message))
        {
            await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
        }

        return true;
    }
}
