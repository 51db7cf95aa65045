using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Playground;

/// <summary>
/// The scheduler's channel for the playground: messages land in the <see cref="PlaygroundInbox"/> the page
/// polls, with their delivery keys, so that a sent message is found there again (among the recent ones it keeps).
/// </summary>
public sealed class PlaygroundMessenger(PlaygroundInbox inbox) : IChannelMessenger
{
    public ChatPlatform Platform => ChatPlatform.Playground;

    public bool CanFindSent => true;

    public Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Task.FromResult<SentMessage?>(inbox.Add(member.Id, message, deliveryKey));
    }

    public Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(sent);
        return Task.FromResult(inbox.Replace(member.Id, sent, message));
    }

    public Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, string? deliveryKey, CancellationToken cancellationToken) =>
        Task.FromResult(inbox.Post(workspaceId, channelId, message, deliveryKey: deliveryKey));

    public Task<SentMessage?> FindSentDirectAsync(Member member, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Task.FromResult(inbox.FindDirect(member.Id, deliveryKey, since));
    }

    public Task<SentMessage?> FindSentInChannelAsync(string workspaceId, string channelId, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult(inbox.FindInChannel(workspaceId, channelId, deliveryKey, since));
}
