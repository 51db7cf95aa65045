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
public sealed class TeamsMessenger(TeamsWorkspaces workspaces, ConnectorClient connector, ConversationEngine engine) : IChannelMessenger
{
    public ChatPlatform Platform => ChatPlatform.Teams;

    public async Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(message);
        if (member.TeamsUserId is null)
        {
            return null;
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
            return null;
        }

        foreach (var activity in TeamsReplies.Activities(await InTeamsFormAsync(member, message, cancellationToken)))
        {
            await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
        }

        return new SentMessage(conversationId);
    }

    // Placeholder until the messenger learns updates and channel posts (issue 7, in progress).
    public Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Posting to a Teams channel is not built yet.");

    /// <summary>
    /// In Teams a check-in prompt carries the form itself (a card can hold inputs), so a member answers in
    /// place instead of pressing a button first; the prompt's words lead the form.
    /// </summary>
    private async Task<Reply> InTeamsFormAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        if (message.Buttons.All(b => b.ActionId != ActionIds.OpenCheckIn) || member.TeamsUserId is null)
        {
            return message;
        }

        var replies = await engine.HandleAsync(
            new Turn { WorkspaceId = member.WorkspaceId, Platform = ChatPlatform.Teams, UserId = member.TeamsUserId, ConversationId = "proactive", Input = new ButtonPress(ActionIds.OpenCheckIn, null) },
            cancellationToken);
        return replies.OfType<FormReply>().FirstOrDefault() is { } form
            ? form with { Title = message.Headline, Intro = string.Join(" ", message.Context.Prepend(form.Intro).OfType<string>()) }
            : message;
    }
}
