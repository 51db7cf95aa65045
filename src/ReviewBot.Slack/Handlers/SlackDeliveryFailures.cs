using ReviewBot.Core.Conversation;
using ReviewBot.Slack.Api;

namespace ReviewBot.Slack.Handlers;

/// <summary>
/// Slack's error codes as delivery failures a manager can read. Permanent when sending the same message
/// again cannot succeed until someone acts (the member left, the bot lost the channel or its token);
/// transient when Slack or the network had a bad moment, after the HTTP pipeline's own retries. A code
/// this table does not know is treated as transient: the scheduler's backoff bounds the cost of being wrong.
/// Error lists: docs.slack.dev/reference/methods/chat.postMessage, conversations.open, chat.update.
/// </summary>
public static class SlackDeliveryFailures
{
    /// <summary>chat.update's answers for a message that can no longer be edited: the caller posts a new one instead.</summary>
    public static bool MessageIsGone(SlackApiException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Error is "message_not_found" or "cant_update_message" or "edit_window_closed";
    }

    /// <summary>
    /// The readable, token-free failure for a Slack call that did not succeed: a <see cref="DeliveryOutcomeUnknownException"/>
    /// when a post's answer was lost (<see cref="SlackApiException.OutcomeUnknown"/>: the message may have arrived,
    /// so look before sending it again), else a <see cref="DeliveryFailedException"/>, permanent or not.
    /// </summary>
    public static Exception From(SlackApiException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.OutcomeUnknown)
        {
            var answer = failure.StatusCode is { } answered ? $"HTTP {(int)answered}" : "no answer";
            return new DeliveryOutcomeUnknownException($"Slack's answer was lost; the message may have arrived (Slack: {answer})", failure);
        }

        var (reason, permanent) = Classify(failure.Error);
        // Slack's codes are fixed identifiers, never secrets: they make the reason searchable. Our own codes
        // for "no Slack answer" say less than the HTTP status does.
        var code = failure.Error switch
        {
            SlackApiException.HttpError when failure.StatusCode is { } status => $"HTTP {(int)status}",
            SlackApiException.RequestFailedError => "no answer",
            _ => failure.Error,
        };
        return new DeliveryFailedException($"{reason} (Slack: {code})", permanent, failure);
    }

    private static (string Reason, bool Permanent) Classify(string error) => error switch
    {
        "user_not_found" or "user_not_visible" => ("The member's Slack account was not found", true),
        "user_disabled" => ("The member's Slack account is deactivated", true),
        "account_inactive" => ("The bot's Slack account or workspace is inactive; reinstall the app", true),
        "cannot_dm_bot" => ("The member's Slack id belongs to a bot, which cannot be messaged", true),
        "channel_not_found" => ("The Slack channel was not found (deleted, or private without the bot)", true),
        "not_in_channel" => ("The bot is not a member of the Slack channel; invite it first", true),
        "is_archived" => ("The Slack channel is archived", true),
        "invalid_auth" or "not_authed" or "token_revoked" or "token_expired" or "no_permission" or "org_login_required"
            => ("Slack refused the bot's credentials; reinstall the app", true),
        SlackApiException.NotInstalledError => ("The bot has no token for this Slack workspace; install the app there again", true),
        "missing_scope" or "not_allowed_token_type" => ("The Slack app lacks a permission it needs; reinstall it with the current scopes", true),
        "restricted_action" or "restricted_action_read_only_channel" or "restricted_action_thread_only_channel"
            or "restricted_action_non_threadable_channel" or "ekm_access_denied" or "access_denied" or "team_access_not_granted"
            or "messages_tab_disabled" or "enterprise_is_restricted"
            => ("A Slack workspace setting stops the bot from posting there", true),
        "msg_too_long" or "msg_blocks_too_long" or "no_text" or "invalid_blocks" or "invalid_blocks_format"
            or "too_many_attachments" or "invalid_arguments" or "invalid_arg_name"
            => ("Slack refused the message's content", true),
        "ratelimited" or "rate_limited" or "message_limit_exceeded" => ("Slack is limiting how fast the bot may post; it will try again", false),
        SlackApiException.RequestFailedError => ("Slack could not be reached; it will try again", false),
        "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout" or SlackApiException.HttpError or SlackApiException.InvalidResponseError
            => ("Slack had a problem; it will try again", false),
        _ => ("Slack did not accept the message; it will try again", false),
    };
}
