using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Slack.Handlers;

/// <summary>Proactive messages over Slack: a direct message (conversations.open, chat.postMessage).</summary>
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

        await responder.SendDirectAsync(member, message, cancellationToken);
        return new SentMessage(member.SlackUserId);
    }

    // Placeholder until the messenger learns updates and channel posts (issue 7, in progress).
    public Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Posting to a Slack channel is not built yet.");
}
