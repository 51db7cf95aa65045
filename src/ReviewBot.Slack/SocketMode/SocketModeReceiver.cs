using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.SocketMode;

/// <summary>
/// Turns an envelope into its acknowledgement: the payload goes to the same <see cref="SlackRouter"/> the HTTP endpoints
/// use, in a scope of its own as a request has, and what the handler answers goes back in the acknowledgement's
/// <c>payload</c>. The handlers record whatever continues after the acknowledgement before they return, so an
/// acknowledged envelope is never lost. Each answer is remembered by envelope id for a while: Slack sends an envelope
/// again, on any connection, when its acknowledgement did not arrive (a socket that dropped in between), and the copy
/// gets the first one's acknowledgement without being handled twice. Across hosts, or after this one restarted, the
/// handlers' own event keys (event ids, trigger ids, submission ids) keep a retried payload from acting twice.
/// </summary>
public sealed partial class SocketModeReceiver(IServiceScopeFactory scopes, TimeProvider time, ILogger<SocketModeReceiver> logger)
{
    /// <summary>Longer than Slack goes on resending an envelope it has no acknowledgement for.</summary>
    public static readonly TimeSpan RememberedFor = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Answer> _answers = new(StringComparer.Ordinal);
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>
    /// The acknowledgement to write back (<c>{"envelope_id":…,"payload":…}</c>); null when the handler failed, so the
    /// envelope is left unacknowledged for Slack to send again.
    /// </summary>
    public async Task<string?> AcknowledgementAsync(SocketModeMessage.Envelope envelope, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Sweep();
        var first = new Answer(time.GetUtcNow(), new Lazy<Task<string>>(() => HandleAsync(envelope, deadline, cancellationToken)));
        var answer = _answers.GetOrAdd(envelope.EnvelopeId, first);
        if (!ReferenceEquals(answer, first))
        {
            LogResent(logger, envelope.Type, envelope.RetryAttempt);
        }

        try
        {
            return await answer.Handled.Value;
        }
        catch (Exception e)
        {
            // Forgotten, so the copy Slack sends next is handled afresh rather than failing again from memory.
            _answers.TryRemove(KeyValuePair.Create(envelope.EnvelopeId, answer));
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            LogFailed(logger, envelope.Type, e.GetType().Name, e.Message);
            return null;
        }
    }

    private async Task<string> HandleAsync(SocketModeMessage.Envelope envelope, SlackDeadline deadline, CancellationToken cancellationToken)
    {
        // Let the caller's receive loop go on reading while the handler runs.
        await Task.Yield();
        var acknowledgement = new JsonObject { ["envelope_id"] = envelope.EnvelopeId };
        if (SocketModePayloads.Read(envelope) is not { } payload)
        {
            // Malformed now is malformed on every resend: acknowledged, so Slack stops, and left (HTTP's 400).
            LogUnreadable(logger, envelope.Type);
            return acknowledgement.ToJsonString();
        }

        await using var scope = scopes.CreateAsyncScope();
        var ack = await scope.ServiceProvider.GetRequiredService<SlackRouter>().RouteAsync(payload, deadline, cancellationToken);
        if (SlackAckJson.Payload(ack) is { } body && envelope.AcceptsResponsePayload)
        {
            acknowledgement["payload"] = body;
        }

        return acknowledgement.ToJsonString();
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        if (now - _lastSweep < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastSweep = now;
        foreach (var (id, answer) in _answers)
        {
            if (now - answer.Created > RememberedFor && answer.Handled.IsValueCreated && answer.Handled.Value.IsCompleted)
            {
                _answers.TryRemove(KeyValuePair.Create(id, answer));
            }
        }
    }

    private sealed record Answer(DateTimeOffset Created, Lazy<Task<string>> Handled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack sent an envelope again ({Type}, retry {RetryAttempt}); it gets the acknowledgement already given")]
    private static partial void LogResent(ILogger logger, string type, int retryAttempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Socket Mode envelope ({Type}) had no payload the bot can read; acknowledged and left")]
    private static partial void LogUnreadable(ILogger logger, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a Socket Mode envelope ({Type}) failed ({ErrorType}: {Reason}); left unacknowledged for Slack to send again")]
    private static partial void LogFailed(ILogger logger, string type, string errorType, string reason);
}
