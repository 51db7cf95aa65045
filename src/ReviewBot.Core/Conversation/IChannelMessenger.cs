using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Conversation;

/// <summary>
/// Sends without a turn to answer (the weekly prompt, a reminder, a review posted by itself). Each channel
/// implements it; the scheduler picks the one for the workspace's platform. A send that cannot succeed
/// however often it is tried (member gone, bot removed) throws <see cref="DeliveryFailedException"/> with
/// <see cref="DeliveryFailedException.Permanent"/> set; anything else thrown is worth retrying later.
/// </summary>
public interface IChannelMessenger
{
    ChatPlatform Platform { get; }

    /// <summary>Sends to the member directly; null when the member has no identity on this channel.</summary>
    Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a message sent earlier by <see cref="SendDirectAsync"/> (a reminder updating its prompt);
    /// false when the channel cannot (the message is gone, or the channel has no updates), so the caller sends anew.
    /// </summary>
    Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken);

    /// <summary>Posts to one of the team's summary channels (<see cref="SummaryChannel.ChannelId"/>).</summary>
    Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, CancellationToken cancellationToken);
}
