using System.Net;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Teams.Connector;
using ReviewBot.Teams.Schema;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Proactive messages over Teams: into the member's stored 1:1 conversation, or into one created through
/// the connector of their tenant when there is none yet (the app must be installed for them); later edits
/// of those messages (UpdateActivity) and posts to a team's channel. Every connector refusal, network error
/// or timeout surfaces as a <see cref="DeliveryFailedException"/> classified by <see cref="TeamsDeliveryFailures"/>,
/// or as a <see cref="DeliveryOutcomeUnknownException"/> when an activity's send may have been delivered;
/// a cancellation by the caller is not a failure and propagates as it is.
/// </summary>
public sealed class TeamsMessenger(TeamsWorkspaces workspaces, ConnectorClient connector, ConversationEngine engine, TeamsReaders readers) : IChannelMessenger
{
    public ChatPlatform Platform => ChatPlatform.Teams;

    /// <summary>
    /// False: a bot cannot read a 1:1 chat's history, so an activity whose send failed ambiguously is sent again
    /// on the next attempt (at most one duplicate, and only then; README, "What is never sent twice").
    /// </summary>
    public bool CanFindSent => false;

    /// <remarks>Teams keeps no metadata the bot could read back, so <paramref name="deliveryKey"/> is not sent.</remarks>
    public async Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(message);
        if (member.TeamsUserId is null)
        {
            return null;
        }

        try
        {
            var (serviceUrl, conversationId) = await PersonalConversationAsync(member, member.TeamsUserId, cancellationToken);
            var activities = await InTeamsFormAsync(member, message, cancellationToken);
            return await SendAllAsync(serviceUrl, conversationId, activities, cancellationToken);
        }
        catch (Exception e) when (TeamsDeliveryFailures.IsDeliveryFailure(e, cancellationToken))
        {
            throw TeamsDeliveryFailures.From(e, await readers.OfTeamAsync(member, cancellationToken));
        }
    }

    public async Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(message);
        if (TeamsMessageReference.TryParse(sent.Reference) is not { } reference)
        {
            return false;
        }

        try
        {
            // The prompt carried the form; its update must too, or the member would lose the inputs.
            var activities = (await InTeamsFormAsync(member, message, cancellationToken)).ToList();
            try
            {
                await connector.UpdateActivityAsync(reference.ServiceUrl, reference.ConversationId, reference.ActivityId, activities[0] with { Id = reference.ActivityId }, cancellationToken);
            }
            catch (ConnectorException e) when (e.Status == HttpStatusCode.NotFound)
            {
                // The message (or its chat) was deleted: the caller sends a new one.
                return false;
            }

            foreach (var more in activities.Skip(1))
            {
                await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, more, cancellationToken);
            }

            return true;
        }
        catch (Exception e) when (TeamsDeliveryFailures.IsDeliveryFailure(e, cancellationToken))
        {
            throw TeamsDeliveryFailures.From(e, await readers.OfTeamAsync(member, cancellationToken));
        }
    }

    /// <summary>
    /// Sends into the channel's conversation (<c>19:…@thread.tacv2</c>), which starts a new post there, on the
    /// service URL of the tenant as learned from any conversation the bot was installed into.
    /// </summary>
    public async Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspaceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(message);
        var known = await workspaces.AnyAsync(workspaceId, cancellationToken)
            ?? throw new DeliveryFailedException(TeamsDeliveryText.NotInstalledInTeam(await readers.OfChannelAsync(workspaceId, channelId, cancellationToken)), permanent: true);
        try
        {
            return await SendAllAsync(known.ServiceUrl, channelId, TeamsReplies.Activities(message), cancellationToken);
        }
        catch (Exception e) when (TeamsDeliveryFailures.IsDeliveryFailure(e, cancellationToken))
        {
            throw TeamsDeliveryFailures.From(e, await readers.OfChannelAsync(workspaceId, channelId, cancellationToken), toChannel: true);
        }
    }

    public Task<SentMessage?> FindSentDirectAsync(Member member, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<SentMessage?>(null);

    public Task<SentMessage?> FindSentInChannelAsync(string workspaceId, string channelId, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<SentMessage?>(null);

    private async Task<(string ServiceUrl, string ConversationId)> PersonalConversationAsync(Member member, string teamsUserId, CancellationToken cancellationToken)
    {
        if (await workspaces.PersonalAsync(member.WorkspaceId, teamsUserId, cancellationToken) is { } conversation)
        {
            return (conversation.ServiceUrl, conversation.ConversationId);
        }

        // Neither the member's chat (never installed, or uninstalled) nor any other conversation to learn the
        // tenant's service URL from: nothing can reach them until the app is installed again.
        var known = await workspaces.AnyAsync(member.WorkspaceId, cancellationToken)
            ?? throw new DeliveryFailedException(TeamsDeliveryText.MemberHasNoChat(await readers.OfTeamAsync(member, cancellationToken)), permanent: true);

        // Teams resolves the person from their Entra object id; creating is idempotent.
        var created = await connector.CreateConversationAsync(
            known.ServiceUrl,
            new ConversationParameters(false, new ChannelAccount(known.BotId), [new ChannelAccount(teamsUserId, AadObjectId: teamsUserId)], known.TenantId),
            cancellationToken);
        await workspaces.RememberAsync(
            member.WorkspaceId,
            new Activity
            {
                Type = Activity.Types.ConversationUpdate,
                ServiceUrl = known.ServiceUrl,
                Conversation = new ConversationAccount(created.Id, "personal", known.TenantId),
                Recipient = new ChannelAccount(known.BotId),
            },
            new ChannelAccount(teamsUserId, AadObjectId: teamsUserId),
            cancellationToken);
        return (known.ServiceUrl, created.Id);
    }

    /// <summary>Sends each page; the reference is the first page's, which an update replaces.</summary>
    private async Task<SentMessage> SendAllAsync(string serviceUrl, string conversationId, IEnumerable<Activity> activities, CancellationToken cancellationToken)
    {
        string? first = null;
        foreach (var activity in activities)
        {
            var sent = await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
            first ??= sent.Id;
        }

        return new SentMessage(new TeamsMessageReference(serviceUrl, conversationId, first ?? "").ToText());
    }

    /// <summary>
    /// In Teams a check-in, retrospective or stream review prompt carries the form itself (a card can hold inputs), so
    /// a member answers in place instead of pressing a button first; the prompt's words lead the form, and its other
    /// buttons (answering in the chat instead) stay under it.
    /// </summary>
    private async Task<IEnumerable<Activity>> InTeamsFormAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        var culture = TeamsReaders.Of(member);
        var opens = message.Buttons.FirstOrDefault(b => b.ActionId is ActionIds.OpenCheckIn or ActionIds.OpenRetrospective or ActionIds.OpenStreamReview);
        if (opens is null || member.TeamsUserId is null)
        {
            return TeamsReplies.Activities(message, culture);
        }

        var replies = await engine.HandleAsync(
            new Turn { WorkspaceId = member.WorkspaceId, Platform = ChatPlatform.Teams, UserId = member.TeamsUserId, ConversationId = "proactive", Input = new ButtonPress(opens.ActionId, opens.Value) },
            cancellationToken);
        return replies.OfType<FormReply>().FirstOrDefault() is { } form
            ? TeamsReplies.Activities(
                form with { Title = message.Headline, Intro = string.Join(" ", message.Context.Prepend(form.Intro).OfType<string>()) },
                culture,
                [.. message.Buttons.Where(b => b != opens)])
            : TeamsReplies.Activities(message, culture);
    }
}
