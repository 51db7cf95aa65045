using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewBot.Slack.Handlers;
using ReviewBot.Slack.OAuth;
using ReviewBot.Slack.Requests;

namespace ReviewBot.Slack;

/// <summary>
/// <c>POST /slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c>. Each reads the raw body,
/// checks Slack's signature before parsing anything, and answers 401 (unsigned, wrongly signed, stale)
/// or 400 (malformed) without side effects. A verified payload goes to <see cref="SlackRouter"/>, as a
/// Socket Mode envelope's would; only reading the body and writing the acknowledgement are HTTP's.
/// </summary>
public static partial class SlackEndpoints
{
    /// <summary>Slack's payloads are a few kilobytes; anything far larger is not from Slack.</summary>
    private const int MaxBody = 1024 * 1024;

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(SlackAppRequirements.CommandsPath, (HttpContext context, SlackRouter router) => HandleAsync(context, router, ReadCommand,
            "The slash command is missing team_id, user_id, channel_id, command, response_url or trigger_id.")).DisableAntiforgery();

        endpoints.MapPost(SlackAppRequirements.InteractionsPath, (HttpContext context, SlackRouter router) => HandleAsync(context, router, ReadInteraction,
            "The interaction has no readable payload.")).DisableAntiforgery();

        endpoints.MapPost(SlackAppRequirements.EventsPath, (HttpContext context, SlackRouter router) => HandleAsync(context, router, ReadEvent,
            "The event is not a url_verification or an event_callback with team_id, event_id and event."));

        endpoints.MapSlackOAuth();
        return endpoints;
    }

    private static SlackPayload? ReadCommand(byte[] body)
    {
        var form = new FormCollection(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)));
        return form.ContainsKey("ssl_check") ? new SslCheck() : SlashCommand.From(form);
    }

    private static SlackPayload? ReadInteraction(byte[] body) =>
        InteractionPayload.Parse(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)).TryGetValue("payload", out var json) ? json.ToString() : null)?.ToPayload();

    private static SlackPayload? ReadEvent(byte[] body) => EventEnvelope.Parse(body)?.ToPayload();

    /// <summary>Size, then signature, then parsing; only a verified, well-formed payload reaches the router.</summary>
    private static async Task<IResult> HandleAsync(HttpContext context, SlackRouter router, Func<byte[], SlackPayload?> read, string malformed)
    {
        var services = context.RequestServices;

        // Slack's 3 seconds started before the body was read; every allowance downstream is what remains of them.
        var deadline = SlackDeadline.StartingNow(services.GetRequiredService<TimeProvider>());
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            LogRejected(Logger(services), context.Request.Path, "body too large");
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var verification = services.GetRequiredService<SlackRequestVerifier>().Verify(
            context.Request.Headers["X-Slack-Request-Timestamp"].ToString(),
            context.Request.Headers["X-Slack-Signature"].ToString(),
            body);
        if (verification != SlackVerification.Valid)
        {
            LogRejected(Logger(services), context.Request.Path, verification.ToString());
            return Results.Unauthorized();
        }

        if (read(body) is not { } payload)
        {
            return Results.Problem(malformed, statusCode: StatusCodes.Status400BadRequest);
        }

        return AckResult(await router.RouteAsync(payload, deadline, context.RequestAborted));
    }

    /// <summary>The acknowledgement as Slack's HTTP answer: the URL check's challenge as plain text, everything else as its JSON.</summary>
    public static IResult AckResult(SlackAck ack) => ack switch
    {
        SlackAck.Empty => Results.Ok(),
        SlackAck.Challenge challenge => Results.Text(challenge.Text, "text/plain"),
        _ => Results.Json(SlackAckJson.Payload(ack)),
    };

    // Only rejections log, so the logger is made only for them (the factory takes a lock for every logger it makes).
    private static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints));

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBody)
        {
            return null;
        }

        // Slack's bodies are well under a kilobyte: a pooled chunk rather than a new 16 KB array per request.
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBody)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Slack request to {Path}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string path, string reason);
}
