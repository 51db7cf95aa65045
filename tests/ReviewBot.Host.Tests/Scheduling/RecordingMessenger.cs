using System.Collections.Concurrent;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>
/// The playground's channel, recorded: every message the scheduler sends, updates or posts, with the instant
/// of the fake clock and the delivery key it carried. <see cref="FailNext"/> makes the next sends to one member
/// fail the way a channel can; <see cref="LoseAnswerNext"/> keeps the next message and then reports its outcome
/// unknown, as a chat service whose answer is lost. Sent messages are found again by key, like Slack's.
/// </summary>
public sealed class RecordingMessenger(TimeProvider time) : IChannelMessenger
{
    private readonly ConcurrentQueue<Exception> _empty = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Exception>> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _answersToLose = new(StringComparer.Ordinal);
    private readonly List<Delivered> _delivered = [];
    private readonly Lock _lock = new();
    private int _nextRef;

    public ChatPlatform Platform => ChatPlatform.Playground;

    public bool CanFindSent => true;

    public IReadOnlyList<Delivered> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _delivered];
            }
        }
    }

    private readonly ConcurrentDictionary<string, (TaskCompletionSource Reached, Task Release)> _holds = new(StringComparer.Ordinal);

    public void FailNext(string memberId, params Exception[] failures) =>
        _failures[memberId] = new ConcurrentQueue<Exception>(failures);

    /// <summary>The next <paramref name="times"/> messages to the member or channel are kept, and then their answer is lost.</summary>
    public void LoseAnswerNext(string memberOrChannelId, int times = 1) => _answersToLose[memberOrChannelId] = times;

    /// <summary>The next direct message to the member waits for <paramref name="release"/>; the task returned completes once it is waiting.</summary>
    public Task HoldNext(string memberId, Task release)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holds[memberId] = (reached, release);
        return reached.Task;
    }

    public async Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        ThrowIfScripted(member.Id);
        if (_holds.TryRemove(member.Id, out var hold))
        {
            hold.Reached.SetResult();
            await hold.Release.WaitAsync(cancellationToken);
        }

        var sent = Record("direct", member.Id, null, message, deliveryKey);
        ThrowIfAnswerLost(member.Id);
        return sent;
    }

    public Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken)
    {
        ThrowIfScripted(member.Id);
        Record("update", member.Id, sent.Reference, message);
        return Task.FromResult(true);
    }

    public Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, string? deliveryKey, CancellationToken cancellationToken)
    {
        ThrowIfScripted(channelId);
        var sent = Record("channel", channelId, null, message, deliveryKey);
        ThrowIfAnswerLost(channelId);
        return Task.FromResult(sent);
    }

    public Task<SentMessage?> FindSentDirectAsync(Member member, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult(Find("direct", member.Id, deliveryKey, since));

    public Task<SentMessage?> FindSentInChannelAsync(string workspaceId, string channelId, string deliveryKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult(Find("channel", channelId, deliveryKey, since));

    private SentMessage? Find(string how, string to, string deliveryKey, DateTimeOffset since)
    {
        lock (_lock)
        {
            var found = _delivered.FirstOrDefault(d => d.How == how && d.To == to && d.DeliveryKey == deliveryKey && d.At >= since);
            return found is null ? null : new SentMessage(found.Reference);
        }
    }

    private void ThrowIfAnswerLost(string to)
    {
        if (_answersToLose.TryGetValue(to, out var left) && left > 0 && _answersToLose.TryUpdate(to, left - 1, left))
        {
            throw new DeliveryOutcomeUnknownException("the answer was lost");
        }
    }

    private void ThrowIfScripted(string to)
    {
        if (_failures.GetValueOrDefault(to, _empty).TryDequeue(out var failure))
        {
            throw failure;
        }
    }

    private SentMessage Record(string how, string to, string? updates, MessageReply message, string? deliveryKey = null)
    {
        lock (_lock)
        {
            var reference = updates ?? $"m{++_nextRef}";
            _delivered.Add(new Delivered(how, to, reference, message, time.GetUtcNow(), deliveryKey));
            return new SentMessage(reference);
        }
    }

    /// <summary>One message as the channel saw it: direct, update (of <see cref="Reference"/>) or channel.</summary>
    public sealed record Delivered(string How, string To, string Reference, MessageReply Message, DateTimeOffset At, string? DeliveryKey = null);
}
