using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Assert = Xunit.Assert;

namespace ReviewBot.Testing;

/// <summary>
/// Slack's Socket Mode beside <see cref="FakeSlackServer"/>'s Web API: <c>apps.connections.open</c> checks the app-level
/// token and hands out a single-use <c>ws://</c> URL; a connection gets <c>hello</c>, then the envelopes a test sends,
/// and every acknowledgement it writes back is recorded. A test can ask a connection to disconnect, drop it, or send
/// an envelope again.
/// </summary>
public sealed class FakeSlackSocketMode
{
    private readonly Func<Uri> baseAddress;
    private readonly Lock gate = new();
    private readonly HashSet<string> tickets = new(StringComparer.Ordinal);
    private readonly List<string> issued = [];
    private readonly List<FakeSocketModeConnection> connections = [];
    private readonly List<FakeSocketModeAck> acks = [];
    private readonly Dictionary<string, JsonObject> sent = new(StringComparer.Ordinal);
    private readonly Queue<string> openFailures = new();
    private int nextLive;
    private long envelopes;

    internal FakeSlackSocketMode(Func<Uri> baseAddress) => this.baseAddress = baseAddress;

    /// <summary>The app-level token apps.connections.open accepts; built at run time, as no token-looking literal is in the code.</summary>
    public string AppToken { get; } = string.Join('-', "xapp", "1", "A0FAKE", "1111", "FAKEappTokenDoNotLog");

    /// <summary>Every ticket handed out in a connection URL (each a credential the client must not log).</summary>
    public IReadOnlyList<string> Tickets
    {
        get
        {
            lock (gate)
            {
                return [.. issued];
            }
        }
    }

    /// <summary>Every connection accepted so far, in order.</summary>
    public IReadOnlyList<FakeSocketModeConnection> Connections
    {
        get
        {
            lock (gate)
            {
                return [.. connections];
            }
        }
    }

    public IReadOnlyList<FakeSocketModeConnection> LiveConnections => [.. Connections.Where(c => c.IsLive)];

    public IReadOnlyList<FakeSocketModeAck> Acks
    {
        get
        {
            lock (gate)
            {
                return [.. acks];
            }
        }
    }

    public IReadOnlyList<FakeSocketModeAck> AcksFor(string envelopeId) => [.. Acks.Where(a => a.EnvelopeId == envelopeId)];

    /// <summary>The next <paramref name="times"/> calls of apps.connections.open answer <c>{"ok":false,"error":…}</c>.</summary>
    public void FailNextOpen(string error, int times = 1)
    {
        lock (gate)
        {
            for (var i = 0; i < times; i++)
            {
                openFailures.Enqueue(error);
            }
        }
    }

    /// <summary>Waits, bounded, until at least <paramref name="count"/> connections are live.</summary>
    public async Task<IReadOnlyList<FakeSocketModeConnection>> WaitForLiveConnectionsAsync(int count, CancellationToken cancellationToken)
    {
        Assert.True(await Poll.UntilAsync(() => LiveConnections.Count >= count, TimeSpan.FromSeconds(30), cancellationToken), $"{LiveConnections.Count} Socket Mode connections are live, not {count}.");
        return LiveConnections;
    }

    /// <summary>Waits, bounded, for the first acknowledgement of an envelope.</summary>
    public async Task<FakeSocketModeAck> WaitForAckAsync(string envelopeId, CancellationToken cancellationToken)
    {
        Assert.True(await Poll.UntilAsync(() => AcksFor(envelopeId).Count > 0, TimeSpan.FromSeconds(30), cancellationToken), $"Envelope {envelopeId} was never acknowledged.");
        return AcksFor(envelopeId)[0];
    }

    /// <summary>
    /// Sends an envelope as Slack does, on a live connection (taking turns, as Slack spreads them), waiting for one when
    /// none is live. Returns its envelope id.
    /// </summary>
    public async Task<string> SendAsync(string type, JsonObject payload, CancellationToken cancellationToken, string? envelopeId = null, int retryAttempt = 0)
    {
        Assert.True(await Poll.UntilAsync(() => LiveConnections.Count > 0, TimeSpan.FromSeconds(30), cancellationToken), "No Socket Mode connection is live to send on.");
        var live = LiveConnections;
        var connection = live[Interlocked.Increment(ref nextLive) % live.Count];
        return await SendOnAsync(connection, type, payload, cancellationToken, envelopeId, retryAttempt);
    }

    /// <summary>Sends an envelope on one chosen connection (one told to disconnect included).</summary>
    public async Task<string> SendOnAsync(FakeSocketModeConnection connection, string type, JsonObject payload, CancellationToken cancellationToken, string? envelopeId = null, int retryAttempt = 0)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var id = envelopeId ?? $"env-{Interlocked.Increment(ref envelopes):D4}-{Guid.NewGuid():N}";
        var envelope = new JsonObject
        {
            ["envelope_id"] = id,
            ["type"] = type,
            ["payload"] = payload.DeepClone(),
            ["accepts_response_payload"] = type != "events_api",
        };
        if (retryAttempt > 0)
        {
            envelope["retry_attempt"] = retryAttempt;
            envelope["retry_reason"] = "timeout";
        }

        lock (gate)
        {
            sent[id] = (JsonObject)envelope.DeepClone();
        }

        await connection.SendAsync(envelope, cancellationToken);
        return id;
    }

    /// <summary>Sends an envelope already sent once again, with the same id and the next retry attempt, as Slack does when no acknowledgement came.</summary>
    public async Task ResendAsync(string envelopeId, CancellationToken cancellationToken, FakeSocketModeConnection? on = null)
    {
        JsonObject envelope;
        lock (gate)
        {
            envelope = (JsonObject)sent[envelopeId].DeepClone();
        }

        var attempt = (envelope["retry_attempt"]?.GetValue<int>() ?? 0) + 1;
        var payload = envelope["payload"]!.AsObject();
        if (on is null)
        {
            await SendAsync(envelope["type"]!.GetValue<string>(), payload, cancellationToken, envelopeId, attempt);
        }
        else
        {
            await SendOnAsync(on, envelope["type"]!.GetValue<string>(), payload, cancellationToken, envelopeId, attempt);
        }
    }

    /// <summary>apps.connections.open: only the app-level token opens a connection, as with Slack.</summary>
    internal async Task OpenConnectionAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        string? error;
        var ticket = Guid.NewGuid().ToString("N");
        lock (gate)
        {
            error = openFailures.TryDequeue(out var scripted) ? scripted
                : string.IsNullOrEmpty(authorization) ? "not_authed"
                : authorization == $"Bearer {AppToken}" ? null
                : authorization.StartsWith("Bearer xox", StringComparison.Ordinal) ? "not_allowed_token_type"
                : "invalid_auth";
            if (error is null)
            {
                tickets.Add(ticket);
                issued.Add(ticket);
            }
        }

        var url = new UriBuilder(new Uri(baseAddress(), "link")) { Scheme = "ws", Query = $"ticket={ticket}&app_id=A0FAKE" }.Uri;
        var answer = error is null ? new JsonObject { ["ok"] = true, ["url"] = url.ToString() } : new JsonObject { ["ok"] = false, ["error"] = error };
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    /// <summary>A connection URL: its ticket once, then hello, then the acknowledgements it reads until it closes.</summary>
    internal async Task AcceptAsync(HttpContext context)
    {
        bool known;
        lock (gate)
        {
            known = tickets.Remove(context.Request.Query["ticket"].ToString());
        }

        if (!context.WebSockets.IsWebSocketRequest || !known)
        {
            context.Response.StatusCode = known ? StatusCodes.Status400BadRequest : StatusCodes.Status401Unauthorized;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeSocketModeConnection connection;
        lock (gate)
        {
            connection = new FakeSocketModeConnection(connections.Count + 1, socket, context.Abort);
            connections.Add(connection);
        }

        // Stopping the fake ends its sockets rather than waiting for clients to close them.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            context.RequestAborted, context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        try
        {
            await connection.SendAsync(
                new JsonObject
                {
                    ["type"] = "hello",
                    ["num_connections"] = LiveConnections.Count,
                    ["debug_info"] = new JsonObject { ["host"] = "fake-applink", ["approximate_connection_time"] = 18060 },
                    ["connection_info"] = new JsonObject { ["app_id"] = "A0FAKE" },
                },
                stopping.Token);
            await ReadAcksAsync(connection, socket, stopping.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Dropped, by the client or by the test.
        }
        finally
        {
            connection.MarkClosed();
            connection.Dispose();
        }
    }

    private async Task ReadAcksAsync(FakeSocketModeConnection connection, WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                connection.MarkClosed();
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var ack = JsonNode.Parse(message.ToArray())!.AsObject();
            message.SetLength(0);
            lock (gate)
            {
                acks.Add(new FakeSocketModeAck(ack["envelope_id"]!.GetValue<string>(), connection.Number, ack["payload"]?.AsObject()));
            }
        }
    }
}
