using System.Collections.Concurrent;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Workspaces;

namespace ReviewBot.Host.Tests.Scheduling;

/// <summary>
/// The playground's channel, recorded: every message the scheduler sends, updates or posts, with the instant
/// of the fake clock. <see cref="FailNext"/> makes the next sends to one member fail the way a channel can.
/// </summary>
public sealed class RecordingMessenger(TimeProvider time) : IChannelMessenger
{
    private readonly ConcurrentQueue<Exception> _empty = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Exception>> _failures = new(StringComparer.Ordinal);
    private readonly List<Delivered> _delivered = [];
    private readonly Lock _lock = new();
    private int _nextRef;

    public ChatPlatform Platform => ChatPlatform.Playground;

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

    /// <summary>The next direct message to the member waits for <paramref name="release"/>; the task returned completes once it is waiting.</summary>
    public Task HoldNext(string memberId, Task release)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holds[memberId] = (reached, release);
        return reached.Task;
    }

    public async Task<SentMessage?> SendDirectAsync(Member member, MessageReply message, CancellationToken cancellationToken)
    {
        ThrowIfScripted(member.Id);
        if (_holds.TryRemove(member.Id, out var hold))
        {
            hold.Reached.SetResult();
            await hold.Release.WaitAsync(cancellationToken);
        }

        return Record("direct", member.Id, null, message);
    }

    public Task<bool> UpdateDirectAsync(Member member, SentMessage sent, MessageReply message, CancellationToken cancellationToken)
    {
        ThrowIfScripted(member.Id);
        Record("update", member.Id, sent.Reference, message);
        return Task.FromResult(true);
    }

    public Task<SentMessage> PostToChannelAsync(string workspaceId, string channelId, MessageReply message, CancellationToken cancellationToken)
    {
        ThrowIfScripted(channelId);
        return Task.FromResult(Record("channel", channelId, null, message));
    }

    private void ThrowIfScripted(string to)
    {
        if (_failures.GetValueOrDefault(to, _empty).TryDequeue(out var failure))
        {
            throw failure;
        }
    }

    private SentMessage Record(string how, string to, string? updates, MessageReply message)
    {
        lock (_lock)
        {
            var reference = updates ?? $"m{++_nextRef}";
            _delivered.Add(new Delivered(how, to, reference, message, time.GetUtcNow()));
            return new SentMessage(reference);
        }
    }

    /// <summary>One message as the channel saw it: direct, update (of <see cref="Reference"/>) or channel.</summary>
    public sealed record Delivered(string How, string To, string Reference, MessageReply Message, DateTimeOffset At);
}
