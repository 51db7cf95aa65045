using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Handlers;

namespace ReviewBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads Slack's messages, hands each envelope to the <see cref="SocketModeReceiver"/> while
/// it goes on reading, and writes each acknowledgement back on this socket, one write at a time. Closing it first lets
/// the envelopes it is still answering send their acknowledgements.
/// </summary>
public sealed partial class SlackSocketConnection : IAsyncDisposable
{
    /// <summary>Slack's envelopes are a few kilobytes; a message far larger is not one to read.</summary>
    private const int MaxMessage = 1024 * 1024;

    /// <summary>How long Slack takes to say hello on a new connection before it counts as failed.</summary>
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Envelopes still being answered on a connection that closes get this long (Slack's 3 seconds, and some).</summary>
    private static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closed = new();
    private readonly TaskCompletionSource<SocketModeMessage.Hello> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SocketModeEnd> _ending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _answering = [];
    private readonly SocketModeReceiver _receiver;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Task _receiving = Task.CompletedTask;
    private int _disposed;

    private SlackSocketConnection(int number, SocketModeReceiver receiver, TimeProvider time, ILogger logger)
    {
        Number = number;
        _receiver = receiver;
        _time = time;
        _logger = logger;

        // Pings Slack and drops a connection whose pong does not come: a half-open socket then reconnects instead of
        // waiting silently for envelopes that go elsewhere.
        _socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        _socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(15);
    }

    /// <summary>Counts the connections this process opened, for logs (the URL, a credential, never is).</summary>
    public int Number { get; }

    /// <summary>Completes when Slack asks to disconnect or the socket ends; the connection still answers until disposed.</summary>
    public Task<SocketModeEnd> Ending => _ending.Task;

    /// <summary>Connects to the URL apps.connections.open gave and returns once Slack has said hello.</summary>
    public static async Task<(SlackSocketConnection Connection, SocketModeMessage.Hello Hello)> OpenAsync(
        Uri url, int number, SocketModeReceiver receiver, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var connection = new SlackSocketConnection(number, receiver, time, logger);
        try
        {
            await connection._socket.ConnectAsync(url, cancellationToken);
            connection._receiving = connection.ReceiveAsync();
            var hello = await Task.WhenAny(connection._hello.Task, connection._ending.Task).WaitAsync(HelloTimeout, time, cancellationToken);
            if (hello != connection._hello.Task)
            {
                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "Slack closed the connection before saying hello.");
            }

            return (connection, await connection._hello.Task);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task ReceiveAsync()
    {
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        using var message = new MemoryStream();
        var tooLarge = false;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(chunk.AsMemory(), _closed.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _ending.TrySetResult(new SocketModeEnd($"closed by Slack ({_socket.CloseStatus})", AskedBySlack: false));
                    return;
                }

                if (message.Length + result.Count > MaxMessage)
                {
                    tooLarge = true;
                }
                else
                {
                    message.Write(chunk, 0, result.Count);
                }

                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (tooLarge)
                {
                    LogTooLarge(_logger, Number);
                }
                else
                {
                    Read(SocketModeMessage.Parse(message.GetBuffer().AsSpan(0, (int)message.Length)));
                }

                message.SetLength(0);
                tooLarge = false;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _ending.TrySetResult(new SocketModeEnd(e is WebSocketException socket ? $"dropped: {socket.WebSocketErrorCode}" : "closed", AskedBySlack: false));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private void Read(SocketModeMessage received)
    {
        switch (received)
        {
            case SocketModeMessage.Hello hello:
                _hello.TrySetResult(hello);
                break;
            case SocketModeMessage.Disconnect disconnect:
                _ending.TrySetResult(new SocketModeEnd(disconnect.Reason, AskedBySlack: true));
                break;
            case SocketModeMessage.Envelope envelope:
                // Slack's 3 seconds count from here; the handler runs beside this loop, which goes on reading.
                Track(AnswerAsync(envelope, SlackDeadline.StartingNow(_time)));
                break;
            case SocketModeMessage.Unreadable unreadable:
                LogUnreadable(_logger, Number, unreadable.Type);
                break;
        }
    }

    private async Task AnswerAsync(SocketModeMessage.Envelope envelope, SlackDeadline deadline)
    {
        try
        {
            if (await _receiver.AcknowledgementAsync(envelope, deadline, _closed.Token) is not { } acknowledgement)
            {
                return;
            }

            await _sending.WaitAsync(_closed.Token);
            try
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(acknowledgement), WebSocketMessageType.Text, endOfMessage: true, _closed.Token);
            }
            finally
            {
                _sending.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Slack sends an envelope it has no acknowledgement for again, and the receiver answers the copy from memory.
            LogAcknowledgementLost(_logger, Number, envelope.Type);
        }
    }

    private void Track(Task answering)
    {
        lock (_gate)
        {
            _answering.Add(answering);
        }

        answering.ContinueWith(
            done =>
            {
                lock (_gate)
                {
                    _answering.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Task[] answering;
        lock (_gate)
        {
            answering = [.. _answering];
        }

        try
        {
            await Task.WhenAll(answering).WaitAsync(CloseGrace, _time);
        }
        catch (TimeoutException)
        {
            LogClosedWhileAnswering(_logger, Number, answering.Count(t => !t.IsCompleted));
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2), _time);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", closing.Token);
                await _receiving.WaitAsync(TimeSpan.FromSeconds(2), _time);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException)
        {
            // Closing politely failed; aborting below ends it all the same.
        }

        await _closed.CancelAsync();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _closed.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection {Number} got a message over 1 MB; it was left unread")]
    private static partial void LogTooLarge(ILogger logger, int number);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket Mode connection {Number} got a message it does not read ({Type})")]
    private static partial void LogUnreadable(ILogger logger, int number, string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection {Number} ended before an envelope's acknowledgement ({Type}) went out; Slack sends it again")]
    private static partial void LogAcknowledgementLost(ILogger logger, int number, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection {Number} closed while {Count} envelopes were still being answered; Slack sends them again")]
    private static partial void LogClosedWhileAnswering(ILogger logger, int number, int count);
}
