using System.Net;

namespace ReviewBot.Teams.Connector;

/// <summary>
/// The Bot Connector refused a call, gave an answer the bot cannot read, or could not be reached;
/// <see cref="Code"/> is its error code when it gave one, <see cref="Status"/> is null when nothing answered.
/// </summary>
public sealed class ConnectorException(string operation, HttpStatusCode? status, string? code, string? message, Exception? innerException = null)
    : Exception($"Bot Connector {operation} failed with {(status is null ? "no answer" : ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture))}{(code is null ? "" : $" {code}")}{(message is null ? "" : $": {message}")}", innerException)
{
    /// <summary>The code the client gives an answer whose body is not the JSON the call expects.</summary>
    public const string MalformedResponse = "malformedResponse";

    /// <summary>The code the client gives a call that got no answer: connection refused or dropped.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The code the client gives a call that timed out, or that the resilience pipeline refused to make.</summary>
    public const string NotAttempted = "timedOutOrRejected";

    public HttpStatusCode? Status { get; } = status;

    public string? Code { get; } = code;

    /// <summary>
    /// True when sending an activity failed in a way that leaves open whether it was delivered (a 5xx, a timeout,
    /// a connection dropped after sending): the message may be in the chat already.
    /// </summary>
    public bool OutcomeUnknown { get; init; }

    /// <summary>The member left, blocked the bot or uninstalled it: retrying will not help.</summary>
    public bool IsPermanent => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone;
}
