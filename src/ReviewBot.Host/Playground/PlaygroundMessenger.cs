using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Playground;

/// <summary>The scheduler's channel for the playground: messages land in the <see cref="PlaygroundInbox"/> the page polls.</summary>
public sealed class PlaygroundMessenger(PlaygroundInbox inbox) : IChannelMessenger
{
    public ChatPlatform Platform => ChatPlatform.Playground;

    public Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Task.FromResult<SentMessage?>(inbox.Add(member.Id, message));
    }

    public Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(sent);
        return Task.FromResult(inbox.Replace(member.Id, sent, message));
    }

    public Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, CancellationToken cancellationToken) =>
        Task.FromResult(inbox.Post(workspaceId, channelId, message));
}
