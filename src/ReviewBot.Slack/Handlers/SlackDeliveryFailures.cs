using System.Globalization;
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
    /// <param name="culture">The language of whoever reads the reason: the team's manager, in <c>review week</c>.</param>
    public static Exception From(SlackApiException failure, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(culture);
        if (failure.OutcomeUnknown)
        {
            var lost = failure.StatusCode is { } answered
                ? SlackDeliveryText.AnswerLostWithStatus(culture, (int)answered)
                : SlackDeliveryText.AnswerLostWithoutAnswer(culture);
            return new DeliveryOutcomeUnknownException(lost, failure);
        }

        // Slack's codes are fixed identifiers, never secrets: they make the reason searchable. Our own code
        // for a failed HTTP answer says less than the HTTP status does.
        var code = failure.Error == SlackApiException.HttpError && failure.StatusCode is { } status
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status}")
            : failure.Error;
        var (reason, permanent) = Classify(failure.Error, culture, code);
        return new DeliveryFailedException(reason, permanent, failure);
    }

    private static (string Reason, bool Permanent) Classify(string error, CultureInfo culture, string code) => error switch
    {
        "user_not_found" or "user_not_visible" => (SlackDeliveryText.MemberAccountNotFound(culture, code), true),
        "user_disabled" => (SlackDeliveryText.MemberAccountDeactivated(culture, code), true),
        "account_inactive" => (SlackDeliveryText.BotAccountInactive(culture, code), true),
        "cannot_dm_bot" => (SlackDeliveryText.MemberIsABot(culture, code), true),
        "channel_not_found" => (SlackDeliveryText.ChannelNotFound(culture, code), true),
        "not_in_channel" => (SlackDeliveryText.BotNotInChannel(culture, code), true),
        "is_archived" => (SlackDeliveryText.ChannelArchived(culture, code), true),
        "invalid_auth" or "not_authed" or "token_revoked" or "token_expired" or "no_permission" or "org_login_required"
            => (SlackDeliveryText.CredentialsRefused(culture, code), true),
        SlackApiException.NotInstalledError => (SlackDeliveryText.NotInstalled(culture, code), true),
        "missing_scope" or "not_allowed_token_type" => (SlackDeliveryText.PermissionMissing(culture, code), true),
        "restricted_action" or "restricted_action_read_only_channel" or "restricted_action_thread_only_channel"
            or "restricted_action_non_threadable_channel" or "ekm_access_denied" or "access_denied" or "team_access_not_granted"
            or "messages_tab_disabled" or "enterprise_is_restricted"
            => (SlackDeliveryText.WorkspaceSettingStopsBot(culture, code), true),
        "msg_too_long" or "msg_blocks_too_long" or "no_text" or "invalid_blocks" or "invalid_blocks_format"
            or "too_many_attachments" or "invalid_arguments" or "invalid_arg_name"
            => (SlackDeliveryText.ContentRefused(culture, code), true),
        "ratelimited" or "rate_limited" or "message_limit_exceeded" => (SlackDeliveryText.RateLimited(culture, code), false),
        SlackApiException.RequestFailedError => (SlackDeliveryText.Unreachable(culture), false),
        "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout" or SlackApiException.HttpError or SlackApiException.InvalidResponseError
            => (SlackDeliveryText.SlackHadAProblem(culture, code), false),
        _ => (SlackDeliveryText.NotAccepted(culture, code), false),
    };
}
