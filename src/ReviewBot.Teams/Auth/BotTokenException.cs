using System.Net;

namespace ReviewBot.Teams.Auth;

/// <summary>
/// The bot could not get its own token. The message carries the HTTP status, the OAuth error code and the
/// AADSTS code when the endpoint gave them (AADSTS700016 means the wrong tenant), never the secret or a token.
/// </summary>
public sealed class BotTokenException : Exception
{
    public BotTokenException()
        : this("Could not get a token for the Bot Connector")
    {
    }

    public BotTokenException(string message)
        : base(message)
    {
    }

    public BotTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BotTokenException(string message, HttpStatusCode? statusCode, string? error, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The token endpoint's HTTP status; null when it could not be reached.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The OAuth <c>error</c> code (<c>invalid_client</c>, <c>unauthorized_client</c>…), when there was one.</summary>
    public string? Error { get; }
}
