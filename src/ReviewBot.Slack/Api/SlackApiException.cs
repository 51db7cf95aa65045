using System.Net;

namespace ReviewBot.Slack.Api;

/// <summary>
/// A Slack Web API call that did not succeed. <see cref="Error"/> is Slack's own code
/// (<c>channel_not_found</c>, <c>invalid_auth</c>, <c>ratelimited</c>…) when Slack answered, or one of ours
/// (<see cref="HttpError"/>, <see cref="InvalidResponseError"/>, <see cref="RequestFailedError"/>) when it did not.
/// </summary>
public sealed class SlackApiException : Exception
{
    /// <summary>The answer was an HTTP error without a Slack body (a proxy's 502, an outage page).</summary>
    public const string HttpError = "http_error";

    /// <summary>The answer was not a Slack response (not JSON, or no <c>ok</c>).</summary>
    public const string InvalidResponseError = "invalid_response";

    /// <summary>No answer at all after the retries: network failure, timeout or an open circuit.</summary>
    public const string RequestFailedError = "request_failed";

    /// <summary>Never sent: the bot holds no token for the workspace the call would act for.</summary>
    public const string NotInstalledError = "not_installed";

    public SlackApiException()
        : this("(unknown)", RequestFailedError, null, [], "Slack Web API call failed")
    {
    }

    public SlackApiException(string message)
        : this("(unknown)", RequestFailedError, null, [], message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : this("(unknown)", RequestFailedError, null, [], message, innerException)
    {
    }

    public SlackApiException(
        string method,
        string error,
        HttpStatusCode? statusCode,
        IReadOnlyList<string> responseMessages,
        string message,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Method = method;
        Error = error;
        StatusCode = statusCode;
        ResponseMessages = responseMessages;
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's <c>error</c> code, or one of this class's constants.</summary>
    public string Error { get; }

    /// <summary>The HTTP status of the last attempt; null when there was no answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Slack's <c>response_metadata.messages</c>: which argument was wrong, e.g. for <c>invalid_blocks</c>.</summary>
    public IReadOnlyList<string> ResponseMessages { get; }

    /// <summary>
    /// True when a message-creating call (<see cref="SlackRetryRules.CreatesMessage"/>) failed in a way that leaves
    /// open whether Slack applied it: a 5xx, a timeout, a connection dropped after the request went out, an
    /// answer that is not Slack's. The message may have been posted; check before sending it again.
    /// </summary>
    public bool OutcomeUnknown { get; init; }

    internal static SlackApiException FromSlack(string method, string error, HttpStatusCode status, IReadOnlyList<string> messages)
    {
        var detail = messages.Count == 0 ? "" : $" ({string.Join("; ", messages)})";
        return new(method, error, status, messages, $"Slack {method} failed: {error}{detail}")
        {
            OutcomeUnknown = SlackRetryRules.CreatesMessage(method) && SlackRetryRules.LeavesOutcomeOpen(status),
        };
    }

    internal static SlackApiException FromHttpStatus(string method, HttpStatusCode status) =>
        new(method, HttpError, status, [], $"Slack {method} answered HTTP {(int)status} {status} without a Slack response")
        {
            OutcomeUnknown = SlackRetryRules.CreatesMessage(method) && SlackRetryRules.LeavesOutcomeOpen(status),
        };

    /// <param name="answered">True when the answer was a success status: a mangled answer may follow a post that happened.</param>
    internal static SlackApiException InvalidResponse(string method, string why, HttpStatusCode? status = null, bool answered = false) =>
        new(method, InvalidResponseError, status, [], $"Slack {method} gave an answer that is not a Slack response: {why}")
        {
            OutcomeUnknown = answered && SlackRetryRules.CreatesMessage(method),
        };

    internal static SlackApiException RequestFailed(string method, Exception inner) =>
        new(method, RequestFailedError, null, [], $"Slack {method} could not be reached: {inner.Message}", inner)
        {
            OutcomeUnknown = SlackRetryRules.CreatesMessage(method) && SlackRetryRules.LeavesOutcomeOpen(inner),
        };

    /// <summary>No call was made: no token of the team's own is known, and another workspace's is never used instead.</summary>
    internal static SlackApiException NotInstalled(string teamId) =>
        new("(none)", NotInstalledError, null, [], $"The bot has no token for Slack workspace {teamId}: install the app there ({SlackAppRequirements.InstallPath}) or set Slack:BotToken to that workspace's bot token.");
}
