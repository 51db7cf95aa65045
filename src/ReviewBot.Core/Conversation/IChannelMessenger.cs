using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Core.Conversation;

/// <summary>
/// Sends a message to one member without a turn to answer (the weekly prompt, a reminder, a review posted
/// by itself). Each channel implements it; the scheduler picks the one for the member's workspace.
/// </summary>
public interface IChannelMessenger
{
    ChatPlatform Platform { get; }

    /// <summary>Sends to the member directly; false when the member can't be reached on this channel.</summary>
    Task<bool> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken);
}
