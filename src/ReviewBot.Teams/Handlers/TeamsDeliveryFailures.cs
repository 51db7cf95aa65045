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
    public static Exception From(Exception failure, bool toChannel = false)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure is ConnectorException { OutcomeUnknown: true } unknown)
        {
            var answer = unknown.Status is { } code ? $"Teams: {(int)code}" : "Teams: no answer";
            return new DeliveryOutcomeUnknownException($"The Bot Connector's answer was lost; the message may have arrived ({answer})", failure);
        }

        var (reason, permanent) = failure switch
        {
            ConnectorException { Status: HttpStatusCode.Forbidden } when toChannel => ("The bot may not post in that Teams channel; was it removed from the team?", true),
            ConnectorException { Status: HttpStatusCode.NotFound or HttpStatusCode.Gone } when toChannel => ("The Teams channel was not found; it may have been deleted", true),
            ConnectorException { Status: HttpStatusCode.Forbidden } => ("The bot was removed from the conversation, or the member blocked it", true),
            ConnectorException { IsPermanent: true } => ("The member can no longer be reached on Teams (the conversation is gone)", true),
            ConnectorException { Status: HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge } => ("Teams refused the message's content", true),
            ConnectorException { Status: HttpStatusCode.TooManyRequests } => ("Teams is limiting how fast the bot may post; it will try again", false),
            ConnectorException { Status: HttpStatusCode.Unauthorized } => ("Teams refused the bot's credentials; it will try again", false),
            ConnectorException => ("Teams had a problem; it will try again", false),
            BotTokenException => ("The bot could not sign in to the Bot Framework; it will try again", false),
            _ => ("Teams could not be reached; it will try again", false),
        };
        var status = failure is ConnectorException { Status: { } answered } ? $" (Teams: {(int)answered})" : "";
        return new DeliveryFailedException(reason + status, permanent, failure);
    }
}
