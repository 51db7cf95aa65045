using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ReviewBot.Testing;

/// <summary>One Socket Mode connection as the fake server holds it: it can send messages, ask to disconnect, or drop.</summary>
public sealed class FakeSocketModeConnection : IDisposable
{
    private readonly WebSocket socket;
    private readonly Action abort;
    private readonly SemaphoreSlim sending = new(1, 1);
    private volatile bool askedToDisconnect;
    private volatile bool closed;

    internal FakeSocketModeConnection(int number, WebSocket socket, Action abort)
    {
        Number = number;
        this.socket = socket;
        this.abort = abort;
    }

    /// <summary>1 for the first connection the fake accepted, and so on.</summary>
    public int Number { get; }

    /// <summary>Open, and not told to disconnect: where Slack would send the next envelope.</summary>
    public bool IsLive => !closed && !askedToDisconnect;

    public bool IsClosed => closed;

    /// <summary>Sends Slack's <c>disconnect</c> message; the fake sends no more envelopes on it, as Slack does, and the client closes it.</summary>
    public Task DisconnectAsync(string reason, CancellationToken cancellationToken)
    {
        askedToDisconnect = true;
        return SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "fake-applink" } }, cancellationToken);
    }

    /// <summary>Ends the TCP connection without a close handshake, as a network failure would.</summary>
    public void Drop()
    {
        closed = true;
        abort();
    }

    internal async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        await sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
    }

    internal void MarkClosed() => closed = true;

    public void Dispose() => sending.Dispose();
}
