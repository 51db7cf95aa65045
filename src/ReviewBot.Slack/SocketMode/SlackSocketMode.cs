using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.SocketMode;

/// <summary>
/// Keeps <see cref="Connections"/> Socket Mode connections open for as long as the host runs. Slack spreads envelopes
/// over an app's open connections (up to 10) and refreshes each every few hours, so with two, one is always there to
/// take envelopes while the other is replaced. A connection Slack asks to leave goes on answering until its
/// replacement has said hello; a dropped one is replaced at once, and only failures to connect again back off.
/// </summary>
public sealed partial class SlackSocketMode(
    IServiceProvider services,
    IOptions<SlackOptions> options,
    SocketModeReceiver receiver,
    TimeProvider time,
    ILogger<SlackSocketMode> logger) : BackgroundService
{
    public const int Connections = 2;

    /// <summary>What apps.connections.open answers when the app-level token is not one Slack takes; waiting will not fix it.</summary>
    private static readonly string[] RefusedTokenErrors = ["invalid_auth", "not_authed", "not_allowed_token_type", "account_inactive", "token_revoked", "token_expired", "missing_scope"];

    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    private int _opened;
    private int _open;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => KeepOpenAsync(stoppingToken)));

    private async Task KeepOpenAsync(CancellationToken stoppingToken)
    {
        SlackSocketConnection? current = null;
        try
        {
            current = await ConnectAsync(stoppingToken);
            while (true)
            {
                var end = await current.Ending.WaitAsync(stoppingToken);
                if (end.AskedBySlack)
                {
                    LogDisconnectRequested(logger, current.Number, end.Reason);
                    if (end.Reason == "link_disabled")
                    {
                        LogLinkDisabled(logger);
                    }
                }
                else
                {
                    LogDropped(logger, current.Number, end.Reason);
                }

                // Slack has stopped sending on a connection it asked to leave, but it still takes that connection's
                // acknowledgements until it closes it: the old one goes on until the new one is ready.
                var next = await ConnectAsync(stoppingToken);
                await CloseAsync(current);
                LogReplaced(logger, current.Number, next.Number);
                current = next;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            if (current is not null)
            {
                await CloseAsync(current);
            }
        }
    }

    private async Task<SlackSocketConnection> ConnectAsync(CancellationToken stoppingToken)
    {
        for (var failures = 0; ; failures++)
        {
            var number = Interlocked.Increment(ref _opened);
            try
            {
                var url = await services.GetRequiredService<SlackApiClient>().WithAccessToken(options.Value.AppToken!).Apps.OpenConnectionAsync(stoppingToken);
                var (connection, hello) = await SlackSocketConnection.OpenAsync(url, number, receiver, time, logger, stoppingToken);
                var open = Interlocked.Increment(ref _open);
                LogConnected(logger, number, open, hello.NumConnections);
                return connection;
            }
            catch (SlackApiException e) when (RefusedTokenErrors.Contains(e.Error))
            {
                LogTokenRefused(logger, e.Error, LongestWait);
                await Task.Delay(LongestWait, time, stoppingToken);
            }
            catch (Exception e) when (e is SlackApiException or WebSocketException or TimeoutException or HttpRequestException)
            {
                var wait = Backoff(failures);
                LogConnectFailed(logger, number, e is SlackApiException slack ? slack.Error : e.GetType().Name, wait);
                await Task.Delay(wait, time, stoppingToken);
            }
        }
    }

    private async Task CloseAsync(SlackSocketConnection connection)
    {
        await connection.DisposeAsync();
        Interlocked.Decrement(ref _open);
    }

    /// <summary>1, 2, 4… seconds up to a minute, each a little shortened at random so the connections do not retry in step.</summary>
    internal static TimeSpan Backoff(int failures)
    {
        var full = TimeSpan.FromSeconds(Math.Min(LongestWait.TotalSeconds, Math.Pow(2, Math.Min(failures, 10))));
        return full * (0.8 + (0.2 * Random.Shared.NextDouble()));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection {Number} is open ({Open} open here; Slack counts {SlackCount})")]
    private static partial void LogConnected(ILogger logger, int number, int open, int? slackCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack asked Socket Mode connection {Number} to disconnect ({Reason}); opening its replacement")]
    private static partial void LogDisconnectRequested(ILogger logger, int number, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack says Socket Mode is turned off for the app; turn it on in the app's settings (or create the app from manifests/slack/manifest.socket-mode.yaml)")]
    private static partial void LogLinkDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection {Number} ended ({Reason}); reconnecting")]
    private static partial void LogDropped(ILogger logger, int number, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection {Number} closed; connection {Next} took its place")]
    private static partial void LogReplaced(ILogger logger, int number, int next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open Socket Mode connection {Number} ({Error}); trying again in {Wait}")]
    private static partial void LogConnectFailed(ILogger logger, int number, string error, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack refused Slack:AppToken ({Error}); generate an app-level token with connections:write on the app's Basic Information page. Trying again in {Wait}")]
    private static partial void LogTokenRefused(ILogger logger, string error, TimeSpan wait);
}
