using System.Globalization;
using System.Net;
using Polly;
using ReviewBot.Core.Conversation;
using ReviewBot.Teams.Auth;
using ReviewBot.Teams.Connector;

namespace ReviewBot.Teams.Handlers;

/// <summary>
/// Bot Connector failures as delivery failures a manager can read. Permanent: 403/404/410 (the bot was removed
/// or blocked, the conversation is gone; <see cref="ConnectorException.IsPermanent"/>), and 400/413 (the
/// message itself is refused, so sending it again cannot help). Transient: 429, 412 and 5xx after the HTTP
/// pipeline's own retries, network errors and timeouts, and the bot failing to get its own token.
/// </summary>
public static class TeamsDeliveryFailures
{
    /// <summary>What may be turned into a <see cref="DeliveryFailedException"/>; a caller's cancellation is not among them.</summary>
    public static bool IsDeliveryFailure(Exception failure, CancellationToken cancellationToken) => failure
        is ConnectorException or BotTokenException or HttpRequestException or ExecutionRejectedException
        || (failure is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    /// <param name="toChannel">True for a team channel post, whose 403/404 mean something else than in a 1:1 chat.</param>
    /// <returns>
    /// A <see cref="DeliveryOutcomeUnknownException"/> when an activity's send failed after it may have been
    /// delivered (<see cref="ConnectorException.OutcomeUnknown"/>), else a <see cref="DeliveryFailedException"/>.
    /// </returns>
    /// <param name="culture">The language of whoever reads the reason: the team's manager, in <c>review week</c>.</param>
    public static Exception From(Exception failure, CultureInfo culture, bool toChannel = false)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(culture);
        if (failure is ConnectorException { OutcomeUnknown: true } unknown)
        {
            var lost = unknown.Status is { } code
                ? TeamsDeliveryText.AnswerLostWithStatus(culture, (int)code)
                : TeamsDeliveryText.AnswerLostWithoutAnswer(culture);
            return new DeliveryOutcomeUnknownException(lost, failure);
        }

        var (reason, permanent) = failure switch
        {
            ConnectorException { Status: HttpStatusCode.Forbidden } when toChannel => (TeamsDeliveryText.BotMayNotPostInChannel(culture), true),
            ConnectorException { Status: HttpStatusCode.NotFound or HttpStatusCode.Gone } when toChannel => (TeamsDeliveryText.ChannelNotFound(culture), true),
            ConnectorException { Status: HttpStatusCode.Forbidden } => (TeamsDeliveryText.BotRemovedOrBlocked(culture), true),
            ConnectorException { IsPermanent: true } => (TeamsDeliveryText.MemberUnreachable(culture), true),
            ConnectorException { Status: HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge } => (TeamsDeliveryText.ContentRefused(culture), true),
            ConnectorException { Status: HttpStatusCode.TooManyRequests } => (TeamsDeliveryText.RateLimited(culture), false),
            ConnectorException { Status: HttpStatusCode.Unauthorized } => (TeamsDeliveryText.CredentialsRefused(culture), false),
            ConnectorException => (TeamsDeliveryText.TeamsHadAProblem(culture), false),
            BotTokenException => (TeamsDeliveryText.BotCouldNotSignIn(culture), false),
            _ => (TeamsDeliveryText.Unreachable(culture), false),
        };
        var readable = failure is ConnectorException { Status: { } answered } ? TeamsDeliveryText.ReasonWithStatus(culture, reason, (int)answered) : reason;
        return new DeliveryFailedException(readable, permanent, failure);
    }
}
