using System.Text.Json;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Options;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Sends one claimed delivery: takes it for one attempt (so a retried job or a second host waits), builds
/// its message with the engine, hands it to the messenger of the workspace's platform and records the
/// outcome. A permanent refusal marks it failed with its reason; anything else is tried again after a
/// backoff, until <see cref="SchedulingOptions.MaxAttempts"/>. When a week closes, how long to wait and how
/// a reminder goes out are Core's rules (<see cref="DeliveryDeadline"/>, <see cref="DeliveryRetries"/>,
/// <see cref="ReminderDelivery"/>). Never throws for a delivery's own failure, so one unreachable member
/// does not hold back the rest.
/// </summary>
public sealed partial class DeliverySender(
    IDeliverySchedule schedule,
    IWorkspaceDirectory workspaces,
    ITeamDirectory directory,
    ConversationEngine engine,
    IEnumerable<IChannelMessenger> messengers,
    TimeProvider time,
    LeaseClock leases,
    IOptions<SchedulingOptions> options,
    ILogger<DeliverySender> logger)
{
    public async Task<DeliveryOutcome> SendAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        var leaseNow = leases.Time.GetUtcNow();
        var delivery = await schedule.TryStartAttemptAsync(workspaceId, deliveryKey, leaseNow, leaseNow + options.Value.Lease, cancellationToken);
        if (delivery is null)
        {
            // Sent, failed, skipped, or another job holds it right now: nothing for this one to do.
            return DeliveryOutcome.NotTaken;
        }

        // The attempt ends before its lease does, so no second job can take the delivery while this one still sends.
        using var budget = new CancellationTokenSource(options.Value.AttemptBudget, leases.Time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        DeliveryTarget? target = null;
        DeliveryOutcome outcome;
        try
        {
            target = await TargetAsync(delivery, attempt.Token);
            outcome = await AttemptAsync(delivery, target, time.GetUtcNow(), attempt.Token);
        }
        catch (DeliveryFailedException e) when (e.Permanent)
        {
            outcome = DeliveryOutcome.Failed(e.Message);
        }
        catch (DeliveryOutcomeUnknownException e)
        {
            // The message may have arrived: never recorded as sent, and not given up on before a next attempt
            // has looked for it (AlreadySentAsync), even when this was the last attempt the count allows.
            var retry = DeliveryRetries.AfterFailedAttempt(delivery.Attempts, options.Value.MaxAttempts, leases.Time.GetUtcNow());
            var lostBefore = delivery.LastError == AnswerLost;
            LogAttemptFailed(logger, e, deliveryKey, retry.Attempts, AnswerLost);
            outcome = retry.RetryAt is null && lostBefore
                ? DeliveryOutcome.Failed(retry.Reason(AnswerLost))
                : DeliveryOutcome.Retry(AnswerLost, retry.RetryAt ?? leases.Time.GetUtcNow() + DeliveryRetries.Backoff[0]);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = ReasonOf(e);
            var retry = DeliveryRetries.AfterFailedAttempt(delivery.Attempts, options.Value.MaxAttempts, leases.Time.GetUtcNow());
            LogAttemptFailed(logger, e, deliveryKey, retry.Attempts, reason);
            outcome = retry.RetryAt is { } at ? DeliveryOutcome.Retry(reason, at) : DeliveryOutcome.Failed(retry.Reason(reason));
        }

        // Whatever went out is recorded even if the host is stopping: an unrecorded send would go out again.
        return await RecordAsync(delivery, outcome with { Recipient = target?.Recipient }, CancellationToken.None);
    }

    private async Task<DeliveryTarget> TargetAsync(ScheduledDelivery delivery, CancellationToken cancellationToken)
    {
        var workspace = await workspaces.GetAsync(delivery.WorkspaceId, cancellationToken);
        var team = await directory.FindTeamAsync(delivery.WorkspaceId, delivery.TeamId, cancellationToken);
        var member = delivery.MemberId is { } memberId && team is not null
            ? await directory.MemberAsync(delivery.WorkspaceId, memberId, cancellationToken)
            : null;
        // A member moved to another team is no longer this delivery's recipient.
        member = member?.TeamId == team?.Id ? member : null;
        return new DeliveryTarget(workspace, team, member);
    }

    private async Task<DeliveryOutcome> AttemptAsync(ScheduledDelivery delivery, DeliveryTarget target, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (workspace, team, member) = target;
        if (workspace is null || !workspace.Enabled)
        {
            return DeliveryOutcome.Failed("the bot was removed from the workspace");
        }

        if (team is null)
        {
            return DeliveryOutcome.Failed("the team no longer exists");
        }

        if (delivery.Quarter is not { } quarter)
        {
            return DeliveryOutcome.Failed("claimed by an older version that did not record its quarter");
        }

        if (delivery.MemberId is not null && member is null)
        {
            return DeliveryOutcome.Failed("no longer an active member of the team");
        }

        if (DeliveryDeadline.HasClosed(delivery, team, member, now))
        {
            return DeliveryOutcome.Failed("not sent before its week closed");
        }

        var messenger = messengers.FirstOrDefault(m => m.Platform == workspace.Platform)
            ?? throw new DeliveryFailedException($"{workspace.Platform} is not configured on this host", permanent: false);

        if (member is not null && await AlreadySentAsync(messenger, delivery, member, cancellationToken) is { } arrived)
        {
            return DeliveryOutcome.Sent(arrived.Reference);
        }

        switch (delivery.Kind)
        {
            case DeliveryKind.WeeklyPrompt:
                return await SendToMemberAsync(messenger, delivery, member!, await engine.CheckInPromptAsync(member!, cancellationToken), cancellationToken);
            case DeliveryKind.RetrospectivePrompt:
                return await SendToMemberAsync(messenger, delivery, member!, await engine.RetrospectivePromptAsync(member!, cancellationToken), cancellationToken);
            case DeliveryKind.Reminder:
                return await RemindAsync(messenger, delivery, member!, quarter, cancellationToken);
            case DeliveryKind.QuarterReview:
                return await PostToTeamAsync(messenger, delivery, team, await engine.QuarterReviewPostAsync(team, quarter, cancellationToken), cancellationToken);
            case DeliveryKind.WeeklyDigest:
                return await PostToTeamAsync(messenger, delivery, team, await engine.WeeklyDigestAsync(team, quarter, delivery.WeekNumber ?? 1, cancellationToken), cancellationToken);
            default:
                return DeliveryOutcome.Failed($"unknown delivery kind {delivery.Kind}");
        }
    }

    /// <summary>
    /// Where an earlier attempt may have sent the message without recording it (<see cref="ScheduledDelivery.MayHaveArrived"/>),
    /// the message it sent, found by the delivery's key where the channel can look (<see cref="IChannelMessenger.CanFindSent"/>);
    /// null when it did not arrive, or cannot be looked for.
    /// </summary>
    private static Task<SentMessage?> AlreadySentAsync(IChannelMessenger messenger, ScheduledDelivery delivery, Member member, CancellationToken cancellationToken) =>
        delivery.MayHaveArrived && messenger.CanFindSent
            ? messenger.FindSentDirectAsync(member, delivery.DeliveryKey, SentNoEarlierThan(delivery), cancellationToken)
            : Task.FromResult<SentMessage?>(null);

    /// <summary>No attempt starts before the delivery is due, so nothing it sent is older.</summary>
    private static DateTimeOffset SentNoEarlierThan(ScheduledDelivery delivery) => delivery.DueAt;

    private static async Task<DeliveryOutcome> SendToMemberAsync(IChannelMessenger messenger, ScheduledDelivery delivery, Member member, MessageReply? message, CancellationToken cancellationToken)
    {
        if (message is null)
        {
            return DeliveryOutcome.Skipped("owns no key results this quarter");
        }

        var sent = await messenger.SendDirectAsync(member, message, delivery.DeliveryKey, cancellationToken);
        return sent is null
            ? DeliveryOutcome.Failed($"has no {messenger.Platform} account linked in the OKR file")
            : DeliveryOutcome.Sent(sent.Reference);
    }

    /// <summary>Rewrites the week's prompt and nudges, or sends a prompt of its own, as <see cref="ReminderDelivery"/> decides.</summary>
    private async Task<DeliveryOutcome> RemindAsync(IChannelMessenger messenger, ScheduledDelivery delivery, Member member, Core.Periods.Quarter quarter, CancellationToken cancellationToken)
    {
        var reminder = await engine.ReminderAsync(member, cancellationToken);
        if (reminder is null)
        {
            return DeliveryOutcome.Skipped("checked in before the reminder");
        }

        var prompt = await schedule.GetAsync(delivery.WorkspaceId, ReminderDelivery.PromptKey(delivery), cancellationToken);
        if (ReminderDelivery.PromptToRewrite(prompt) is { } promptMessage && await messenger.UpdateDirectAsync(member, promptMessage, reminder, cancellationToken))
        {
            // The nudge carries the reminder's key: it is the message a retry looks for.
            await messenger.SendDirectAsync(member, ReminderDelivery.Nudge(reminder), delivery.DeliveryKey, cancellationToken);
            return DeliveryOutcome.Sent(promptMessage.Reference);
        }

        return await SendToMemberAsync(messenger, delivery, member, reminder, cancellationToken);
    }

    /// <summary>
    /// Posts to every summary channel the team has on this platform. Channels already posted to are kept as
    /// progress, so a retry after a failure in the second channel does not post twice in the first.
    /// </summary>
    private async Task<DeliveryOutcome> PostToTeamAsync(IChannelMessenger messenger, ScheduledDelivery delivery, Team team, MessageReply message, CancellationToken cancellationToken)
    {
        var channels = team.SummaryChannels.Where(c => c.Platform == messenger.Platform).Select(c => c.ChannelId).Distinct(StringComparer.Ordinal).ToList();
        if (channels.Count == 0)
        {
            return DeliveryOutcome.Failed($"the team has no {messenger.Platform} summary channel (summary_channels in the OKR file)");
        }

        var posted = ChannelPosts.Parse(delivery.MessageRef);
        foreach (var channel in channels.Where(c => !posted.ContainsKey(c)))
        {
            var arrived = delivery.MayHaveArrived && messenger.CanFindSent
                ? await messenger.FindSentInChannelAsync(delivery.WorkspaceId, channel, delivery.DeliveryKey, SentNoEarlierThan(delivery), cancellationToken)
                : null;
            posted[channel] = (arrived ?? await messenger.PostToChannelAsync(delivery.WorkspaceId, channel, message, delivery.DeliveryKey, cancellationToken)).Reference;
            await schedule.RecordProgressAsync(delivery.WorkspaceId, delivery.DeliveryKey, ChannelPosts.Format(posted), CancellationToken.None);
        }

        return DeliveryOutcome.Sent(ChannelPosts.Format(posted));
    }

    private async Task<DeliveryOutcome> RecordAsync(ScheduledDelivery delivery, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        switch (outcome.Status)
        {
            case DeliveryStatus.Sent:
                await schedule.MarkSentAsync(delivery.WorkspaceId, delivery.DeliveryKey, now, outcome.MessageRef, cancellationToken);
                LogSent(logger, delivery.DeliveryKey);
                break;
            case DeliveryStatus.Skipped:
                await schedule.MarkSkippedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, cancellationToken);
                break;
            case DeliveryStatus.Failed:
                await schedule.MarkFailedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, retryAt: null, cancellationToken);
                LogFailed(logger, delivery.DeliveryKey, outcome.Reason!);
                break;
            case DeliveryStatus.Retrying:
                await schedule.MarkFailedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, outcome.RetryAt, cancellationToken);
                break;
        }

        return outcome;
    }

    private const string AnswerLost = "the chat service's answer was lost; checking before sending again";

    /// <summary>A reason a manager can read in <c>review week</c>: what happened, never a URL or a token.</summary>
    private static string ReasonOf(Exception e) => e switch
    {
        DeliveryFailedException failed => failed.Message,
        HttpRequestException { StatusCode: { } status } => $"the chat service answered HTTP {(int)status}",
        HttpRequestException => "the chat service could not be reached",
        TimeoutException or OperationCanceledException => "the chat service did not answer in time",
        _ => $"unexpected error ({e.GetType().Name})",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {DeliveryKey}")]
    private static partial void LogSent(ILogger logger, string deliveryKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryKey} failed for good: {Reason}")]
    private static partial void LogFailed(ILogger logger, string deliveryKey, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryKey} attempt {Attempt} failed: {Reason}")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, string deliveryKey, int attempt, string reason);

    /// <summary>Where a delivery goes, as read when its attempt starts; any part may be gone since it was planned.</summary>
    private sealed record DeliveryTarget(Workspace? Workspace, Team? Team, Member? Member)
    {
        /// <summary>Who it was for, as a person reads it: the member's name, or the team's channel.</summary>
        public string? Recipient => Member?.Name ?? (Team is null ? null : $"{Team.Name}'s channel");
    }

    /// <summary>The channels a team post reached, channel id → the messenger's reference, kept as JSON.</summary>
    private static class ChannelPosts
    {
        public static Dictionary<string, string> Parse(string? messageRef)
        {
            if (messageRef is null)
            {
                return new(StringComparer.Ordinal);
            }

            try
            {
                return JsonSerializer.Deserialize<Dictionary<string, string>>(messageRef) is { } posted
                    ? new(posted, StringComparer.Ordinal)
                    : new(StringComparer.Ordinal);
            }
            catch (JsonException)
            {
                return new(StringComparer.Ordinal);
            }
        }

        public static string Format(Dictionary<string, string> posted) => JsonSerializer.Serialize(posted);
    }
}
