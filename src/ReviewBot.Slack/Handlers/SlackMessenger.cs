using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>Proactive messages over Slack: a direct message (conversations.open, chat.postMessage).</summary>
public sealed class SlackMessenger(SlackResponder responder) : IChannelMessenger
{
    public ChatPlatform Platform => ChatPlatform.Slack;

    public async Task<bool> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(message);
        if (member.SlackUserId is null)
        {
            return false;
        }

        await responder.SendDirectAsync(member, message, cancellationToken);
        return true;
    }
}
