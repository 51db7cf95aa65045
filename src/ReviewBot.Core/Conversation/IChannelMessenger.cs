using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Conversation;

/// <summary>
/// Sends without a turn to answer (the weekly prompt, a reminder, a review posted by itself). Each channel
/// implements it; the scheduler picks the one for the workspace's platform. A send that cannot succeed
/// however often it is tried (member gone, bot removed) throws <see cref="DeliveryFailedException"/> with
/// <see cref="DeliveryFailedException.Permanent"/> set; a send whose answer was lost, so that the message may
/// have arrived, throws <see cref="DeliveryOutcomeUnknownException"/>; anything else thrown is worth retrying later.
/// </summary>
/// <remarks>
/// A scheduled delivery's sends carry its key (<c>deliveryKey</c>; null for messages that are not scheduled
/// deliveries), which a channel that can read its own messages back stores with the message, so that
/// <see cref="FindSentDirectAsync"/> and <see cref="FindSentInChannelAsync"/> can tell whether an attempt
/// whose outcome was never recorded did arrive.
/// </remarks>
public interface IChannelMessenger
{
    ChatPlatform Platform { get; }

    /// <summary>
    /// True when this channel can read back what the bot sent, so the Find methods answer; false where the
    /// platform does not let a bot read a conversation's history (Teams 1:1 chats), and they answer null.
    /// </summary>
    bool CanFindSent { get; }

    /// <summary>Sends to the member directly; null when the member has no identity on this channel.</summary>
    Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, string? deliveryKey, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a message sent earlier by <see cref="SendDirectAsync"/> (a reminder updating its prompt);
    /// false when the channel cannot (the message is gone, or the channel has no updates), so the caller sends anew.
    /// </summary>
    Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken);

    /// <summary>Posts to one of the team's summary channels (<see cref="SummaryChannel.ChannelId"/>).</summary>
    Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, string? deliveryKey, CancellationToken cancellationToken);

    /// <summary>
    /// The first message sent to the member since <paramref name="since"/> with <paramref name="deliveryKey"/>;
    /// null when there is none, or when <see cref="CanFindSent"/> is false.
    /// </summary>
    Task<SentMessage?> FindSentDirectAsync(Member member, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>The same for a summary channel.</summary>
    Task<SentMessage?> FindSentInChannelAsync(string workspaceId, string channelId, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken);
}
