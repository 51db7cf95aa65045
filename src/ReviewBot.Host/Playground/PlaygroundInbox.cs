using System.Globalization;
using ReviewBot.Core.Conversation;

namespace ReviewBot.Host.Playground;

/// <summary>
/// What the scheduler sent in the playground: each person's direct messages and the team channel's posts,
/// held in memory for the page to fetch (the playground has no chat client to push to). Bounded, so a host
/// left running for months keeps only the recent ones.
/// </summary>
public sealed class PlaygroundInbox(TimeProvider time)
{
    public const string ChannelPrefix = "channel:";
    private const int Kept = 50;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<PlaygroundInboxItem>> _boxes = new(StringComparer.Ordinal);
    private long _nextId;

    public SentMessage Add(string box, MessageReply message)
    {
        lock (_lock)
        {
            if (!_boxes.TryGetValue(box, out var items))
            {
                _boxes[box] = items = [];
            }

            var item = new PlaygroundInboxItem(++_nextId, 1, time.GetUtcNow(), box.StartsWith(ChannelPrefix, StringComparison.Ordinal), message);
            items.Add(item);
            if (items.Count > Kept)
            {
                items.RemoveAt(0);
            }

            return new SentMessage(item.Id.ToString(CultureInfo.InvariantCulture));
        }
    }

    public bool Replace(string box, SentMessage sent, MessageReply message)
    {
        if (!long.TryParse(sent.Reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        lock (_lock)
        {
            if (!_boxes.TryGetValue(box, out var items) || items.FindIndex(i => i.Id == id) is var index && index < 0)
            {
                return false;
            }

            items[index] = items[index] with { Version = items[index].Version + 1, Message = message };
            return true;
        }
    }

    /// <summary>A person's messages and the channel posts, oldest first.</summary>
    public IReadOnlyList<PlaygroundInboxItem> For(string memberId)
    {
        lock (_lock)
        {
            return [.. _boxes
                .Where(b => b.Key == memberId || b.Key.StartsWith(ChannelPrefix, StringComparison.Ordinal))
                .SelectMany(b => b.Value)
                .OrderBy(i => i.Id)];
        }
    }
}

/// <summary>One message in the playground's inbox; <see cref="Version"/> grows when a reminder rewrites it.</summary>
public sealed record PlaygroundInboxItem(long Id, int Version, DateTimeOffset SentAt, bool ToChannel, Reply Message);
