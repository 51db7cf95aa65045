using System.Net;

namespace ReviewBot.Teams.Connector;

/// <summary>The Bot Connector refused a call; <see cref="Code"/> is its error code when it gave one.</summary>
public sealed class ConnectorException(string operation, HttpStatusCode status, string? code, string? message)
    : Exception($"Bot Connector {operation} failed with {(int)status}{(code is null ? "" : $" {code}")}{(message is null ? "" : $": {message}")}")
{
    public HttpStatusCode Status { get; } = status;

    public string? Code { get; } = code;

    /// <summary>The member left, blocked the bot or uninstalled it: retrying will not help.</summary>
    public bool IsPermanent => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone;
}
