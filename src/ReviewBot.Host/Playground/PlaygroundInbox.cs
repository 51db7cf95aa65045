using System.Globalization;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Host.Playground;

/// <summary>
/// What was sent in the playground outside a turn's own answer: each person's direct messages from the
/// scheduler, and the posts in each team channel (the scheduler's and those a manager posted with
/// <c>review quarter post</c>). Held in memory for the page to fetch, as the playground has no chat
/// client to push to. Bounded, so a host left running for months keeps only the recent ones.
/// </summary>
public sealed class PlaygroundInbox(TimeProvider time)
{
    private const string ChannelPrefix = "channel:";
    private const int Kept = 50;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<PlaygroundInboxItem>> _boxes = new(StringComparer.Ordinal);

    // Kept beside the items rather than in them: the page is shown the items, and a delivery key is not for it.
    private readonly Dictionary<long, string> _deliveryKeys = [];
    private long _nextId;

    /// <param name="deliveryKey">The scheduled delivery it is, for <see cref="FindDirect"/>; null for other messages.</param>
    /// <param name="sentAfter">The person whose turn sent it (a notice to their manager), or null when the scheduler sent it.</param>
    public SentMessage Add(string memberId, MessageReply message, string? deliveryKey = null, string? sentAfter = null) => Put(memberId, message, toChannel: false, sentAfter, deliveryKey);

    /// <param name="postedBy">The person who had the bot post it, or null when the bot posted by itself.</param>
    public SentMessage Post(string workspaceId, string channelId, MessageReply message, string? postedBy = null, string? deliveryKey = null) =>
        Put(ChannelBox(workspaceId, channelId), message, toChannel: true, postedBy, deliveryKey);

    /// <summary>The first direct message to the member since <paramref name="since"/> sent as the delivery; null when none is kept.</summary>
    public SentMessage? FindDirect(string memberId, string deliveryKey, DateTimeOffset since) => Find(memberId, deliveryKey, since);

    /// <summary>The same for a channel's posts.</summary>
    public SentMessage? FindInChannel(string workspaceId, string channelId, string deliveryKey, DateTimeOffset since) =>
        Find(ChannelBox(workspaceId, channelId), deliveryKey, since);

    public bool Replace(string memberId, SentMessage sent, MessageReply message)
    {
        if (!long.TryParse(sent.Reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        lock (_lock)
        {
            if (!_boxes.TryGetValue(memberId, out var items) || items.FindIndex(i => i.Id == id) is var index && index < 0)
            {
                return false;
            }

            items[index] = items[index] with { Version = items[index].Version + 1, Message = message };
            return true;
        }
    }

    /// <summary>A person's direct messages, oldest first.</summary>
    public IReadOnlyList<PlaygroundInboxItem> For(string memberId)
    {
        lock (_lock)
        {
            return _boxes.TryGetValue(memberId, out var items) ? [.. items] : [];
        }
    }

    /// <summary>The posts in a workspace's channels, oldest first.</summary>
    public IReadOnlyList<PlaygroundInboxItem> Channels(string workspaceId, IEnumerable<string> channelIds)
    {
        lock (_lock)
        {
            return [.. channelIds
                .Select(c => ChannelBox(workspaceId, c))
                .Distinct(StringComparer.Ordinal)
                .SelectMany(box => _boxes.TryGetValue(box, out var items) ? items : [])
                .OrderBy(i => i.Id)];
        }
    }

    // The workspace is part of the key: two playground workspaces may both have a "#sales".
    private static string ChannelBox(string workspaceId, string channelId) => $"{ChannelPrefix}{workspaceId}:{channelId}";

    private SentMessage? Find(string box, string deliveryKey, DateTimeOffset since)
    {
        lock (_lock)
        {
            var found = _boxes.GetValueOrDefault(box)?.FirstOrDefault(i =>
                i.SentAt >= since && _deliveryKeys.TryGetValue(i.Id, out var key) && key == deliveryKey);
            return found is null ? null : new SentMessage(found.Id.ToString(CultureInfo.InvariantCulture));
        }
    }

    private SentMessage Put(string box, MessageReply message, bool toChannel, string? postedBy, string? deliveryKey)
    {
        lock (_lock)
        {
            if (!_boxes.TryGetValue(box, out var items))
            {
                _boxes[box] = items = [];
            }

            var item = new PlaygroundInboxItem(++_nextId, 1, time.GetUtcNow(), toChannel, message, postedBy);
            items.Add(item);
            if (deliveryKey is not null)
            {
                _deliveryKeys[item.Id] = deliveryKey;
            }

            if (items.Count > Kept)
            {
                _deliveryKeys.Remove(items[0].Id);
                items.RemoveAt(0);
            }

            return new SentMessage(item.Id.ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>One message in the playground's inbox; <see cref="Version"/> grows when a reminder rewrites it.</summary>
/// <param name="PostedBy">For a channel post a manager asked for, their name; for a direct message a person's turn sent (a
/// notice to their manager), that person's; null for what the bot sent by itself.</param>
public sealed record PlaygroundInboxItem(long Id, int Version, DateTimeOffset SentAt, bool ToChannel, Reply Message, string? PostedBy = null);
