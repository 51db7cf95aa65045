using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Proactive messages over Slack: a direct message (into the DM channel stored once, conversations.open
/// only the first time or when Slack no longer knows it, then chat.postMessage), its later edit (chat.update)
/// and posts to a summary channel. A scheduled delivery's messages carry its key in their metadata
/// (<see cref="SlackDeliveryMetadata"/>), which the Find methods look for in conversations.history. Every Slack
/// refusal, including Slack being unreachable after the HTTP pipeline's retries, surfaces as a
/// <see cref="DeliveryFailedException"/> classified by <see cref="SlackDeliveryFailures"/>, or as a
/// <see cref="DeliveryOutcomeUnknownException"/> when a post's answer was lost; a cancellation by the caller
/// is not a failure and propagates as it is.
/// </summary>
/// <remarks>Each call speaks with the bot token of the workspace it names, found by the bot's own workspace id.</remarks>
public sealed class SlackMessenger(SlackResponder responder, SlackWorkspaceClients clients, SlackWorkspaces workspaces, IDirectChannels directChannels, SlackReaders readers) : IChannelMessenger
{
    /// <summary>How far Slack's clock may run behind ours: the history is read from this much before the attempt.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>A bound on history pages read for one look-up, against a cursor that never ends.</summary>
    private const int MaxHistoryPages = 100;

    public ChatPlatform Platform => ChatPlatform.Slack;

    public bool CanFindSent => true;

    public async Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(message);
        if (member.SlackUserId is null)
        {
            return null;
        }

        var metadata = deliveryKey is null ? null : SlackDeliveryMetadata.For(deliveryKey);
        try
        {
            var workspace = await WorkspaceAsync(member.WorkspaceId, cancellationToken);
            if (await directChannels.GetAsync(member.WorkspaceId, member.SlackUserId, cancellationToken) is { } stored)
            {
                try
                {
                    return Sent(await responder.PostAsync(workspace, stored, message, cancellationToken, metadata));
                }
                catch (SlackApiException e) when (e.Error == "channel_not_found")
                {
                    // The stored DM is gone (the member's account was migrated, or the workspace's): open it anew.
                }
            }

            var channel = await OpenDirectAsync(workspace, member, cancellationToken);
            return Sent(await responder.PostAsync(workspace, channel, message, cancellationToken, metadata));
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e, await readers.OfTeamAsync(member, cancellationToken));
        }
    }

    public async Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(message);
        if (SlackMessageReference.TryParse(sent.Reference) is not { } reference)
        {
            return false;
        }

        try
        {
            await responder.UpdateAsync(await WorkspaceAsync(member.WorkspaceId, cancellationToken), reference.Channel, reference.Ts, message, cancellationToken);
            return true;
        }
        catch (SlackApiException e) when (SlackDeliveryFailures.MessageIsGone(e))
        {
            return false;
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e, await readers.OfTeamAsync(member, cancellationToken));
        }
    }

    public async Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return Sent(await responder.PostAsync(await WorkspaceAsync(workspaceId, cancellationToken), channelId, message, cancellationToken, deliveryKey is null ? null : SlackDeliveryMetadata.For(deliveryKey)));
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e, await readers.OfChannelAsync(workspaceId, channelId, cancellationToken));
        }
    }

    public async Task<SentMessage?> FindSentDirectAsync(Member member, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryKey);
        if (member.SlackUserId is null)
        {
            return null;
        }

        try
        {
            var workspace = await WorkspaceAsync(member.WorkspaceId, cancellationToken);
            var channel = await directChannels.GetAsync(member.WorkspaceId, member.SlackUserId, cancellationToken)
                ?? await OpenDirectAsync(workspace, member, cancellationToken);
            return await FindAsync(workspace, channel, deliveryKey, since, cancellationToken);
        }
        catch (SlackApiException e) when (e.Error == "channel_not_found")
        {
            // A DM Slack no longer knows holds nothing: the next send opens a new one.
            return null;
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e, await readers.OfTeamAsync(member, cancellationToken));
        }
    }

    public async Task<SentMessage?> FindSentInChannelAsync(string workspaceId, string channelId, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(deliveryKey);
        try
        {
            return await FindAsync(await WorkspaceAsync(workspaceId, cancellationToken), channelId, deliveryKey, since, cancellationToken);
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e, await readers.OfChannelAsync(workspaceId, channelId, cancellationToken));
        }
    }

    /// <summary>Opens the DM with the member and keeps its id, so the next message skips conversations.open.</summary>
    private async Task<string> OpenDirectAsync(Workspace workspace, Member member, CancellationToken cancellationToken)
    {
        var channel = await responder.OpenDirectAsync(workspace, member.SlackUserId!, cancellationToken);
        await directChannels.SaveAsync(member.WorkspaceId, member.SlackUserId!, channel, cancellationToken);
        return channel;
    }

    /// <summary>
    /// The earliest message since <paramref name="since"/> (less the clock skew) whose metadata names the key: of
    /// a message posted in pages, its first page, which a later update replaces.
    /// </summary>
    private async Task<SentMessage?> FindAsync(Workspace workspace, string channel, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var slack = await clients.ForAsync(workspace, cancellationToken);
        SlackHistoryMessage? earliest = null;
        string? cursor = null;
        for (var page = 0; page < MaxHistoryPages; page++)
        {
            var history = await slack.Conversations.HistoryAsync(channel, since - ClockSkew, cursor, includeAllMetadata: true, cancellationToken: cancellationToken);
            // Newest first: the last match seen is the earliest.
            earliest = history.Messages.LastOrDefault(m => SlackDeliveryMetadata.KeyOf(m.Metadata) == deliveryKey) ?? earliest;
            if (history.NextCursor is not { } next)
            {
                break;
            }

            cursor = next;
        }

        return earliest is null ? null : new SentMessage(new SlackMessageReference(channel, earliest.Ts).ToText());
    }

    /// <summary>The workspace by the bot's own id; one nobody knows has no token either.</summary>
    private async Task<Workspace> WorkspaceAsync(string workspaceId, CancellationToken cancellationToken) =>
        await workspaces.FindByIdAsync(workspaceId, cancellationToken) ?? throw SlackApiException.NotInstalled(workspaceId);

    private static SentMessage Sent(PostMessageResponse posted) => new(new SlackMessageReference(posted.Channel, posted.Ts).ToText());
}
