using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Proactive messages over Slack: a direct message (conversations.open, chat.postMessage), its later edit
/// (chat.update) and posts to a summary channel. Every Slack refusal, including Slack being unreachable after
/// the HTTP pipeline's retries, surfaces as a <see cref="DeliveryFailedException"/> classified by
/// <see cref="SlackDeliveryFailures"/>, so the scheduler always has a readable reason; a cancellation by the
/// caller is not a failure and propagates as it is.
/// </summary>
public sealed class SlackMessenger(SlackResponder responder) : IChannelMessenger
{
    public ChatPlatform Platform => ChatPlatform.Slack;

    public async Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(message);
        if (member.SlackUserId is null)
        {
            return null;
        }

        try
        {
            var channel = await responder.OpenDirectAsync(member.SlackUserId, cancellationToken);
            return Sent(await responder.PostAsync(channel, message, cancellationToken));
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e);
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
            await responder.UpdateAsync(reference.Channel, reference.Ts, message, cancellationToken);
            return true;
        }
        catch (SlackApiException e) when (SlackDeliveryFailures.MessageIsGone(e))
        {
            return false;
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e);
        }
    }

    /// <remarks>The workspace's bot token is the configured one: one Slack installation per host.</remarks>
    public async Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            return Sent(await responder.PostAsync(channelId, message, cancellationToken));
        }
        catch (SlackApiException e)
        {
            throw SlackDeliveryFailures.From(e);
        }
    }

    private static SentMessage Sent(PostMessageResponse posted) => new(new SlackMessageReference(posted.Channel, posted.Ts).ToText());
}
