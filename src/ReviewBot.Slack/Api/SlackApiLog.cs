using System.Net;
using Microsoft.Extensions.Logging;

namespace ReviewBot.Slack.Api;

/// <summary>Log lines of the Web API client. None of them takes a token, a header or a body.</summary>
internal static partial class SlackApiLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Calling Slack {Method}")]
    public static partial void Calling(ILogger logger, string method);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Debug, Message = "Slack {Method} answered HTTP {StatusCode} after {ElapsedMs} ms, retries included")]
    public static partial void Answered(ILogger logger, string method, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Slack {Method} answered ok:false with {Error}")]
    public static partial void SlackError(ILogger logger, string method, string error);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Slack {Method} answered HTTP {StatusCode} with something that is not a Slack response ({ContentType})")]
    public static partial void NotSlackResponse(ILogger logger, string method, HttpStatusCode statusCode, string? contentType);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Slack {Method} could not be reached after retries")]
    public static partial void Unreachable(ILogger logger, string method, Exception exception);
}
