using System.Globalization;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Streams;
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
/// does not hold back the rest. The attempt's lease is short and renewed while it works
/// (<see cref="SchedulingOptions.LeaseRenewal"/>), so a killed host's delivery is free again within a lease;
/// an attempt that finds its lease taken over stops and records nothing.
/// </summary>
public sealed partial class DeliverySender(
    IDeliverySchedule schedule,
    IWorkspaceDirectory workspaces,
    ITeamDirectory directory,
    ConversationEngine engine,
    KeyResultsMissingNotice keyResultsMissing,
    ILiveStreams streams,
    IEnumerable<IChannelMessenger> messengers,
    TimeProvider time,
    IOptions<SchedulingOptions> options,
    ILogger<DeliverySender> logger)
{
    public Task<DeliveryOutcome> SendAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(workspaceId, deliveryKey, asOf: null, cancellationToken);

    /// <param name="asOf">
    /// The instant the message is written for and its week's deadline is judged at: an operator's <c>run --now</c>
    /// instant; null for now. Leases and backoffs always follow the clock, which other hosts read too.
    /// </param>
    public async Task<DeliveryOutcome> SendAsync(string workspaceId, string deliveryKey, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var attemptId = Guid.NewGuid().ToString("N");
        var started = time.GetUtcNow();
        var delivery = await schedule.TryStartAttemptAsync(workspaceId, deliveryKey, attemptId, started, started + options.Value.Lease, cancellationToken);
        if (delivery is null)
        {
            // Sent, failed, skipped, or another job holds it right now: nothing for this one to do.
            return DeliveryOutcome.NotTaken;
        }

        using var budget = new CancellationTokenSource(options.Value.AttemptBudget, time);
        using var leaseLost = new CancellationTokenSource();
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token, leaseLost.Token);
        using var stopRenewing = new CancellationTokenSource();
        var renewing = KeepLeaseAsync(delivery, attemptId, started + options.Value.Lease, leaseLost, stopRenewing.Token);
        DeliveryTarget? target = null;
        DeliveryOutcome outcome;
        try
        {
            target = await TargetAsync(delivery, attempt.Token);
            outcome = await AttemptAsync(delivery, target, asOf ?? time.GetUtcNow(), attempt.Token);
        }
        catch (DeliveryFailedException e) when (e.Permanent)
        {
            outcome = DeliveryOutcome.Failed(e.Message);
        }
        catch (DeliveryOutcomeUnknownException e)
        {
            // The message may have arrived: never recorded as sent, and not given up on before a next attempt
            // has looked for it (AlreadySentAsync), even when this was the last attempt the count allows.
            var retry = DeliveryRetries.AfterFailedAttempt(delivery.Attempts, options.Value.MaxAttempts, time.GetUtcNow());
            var lostBefore = delivery.LastError == AnswerLost;
            LogAttemptFailed(logger, e, deliveryKey, retry.Attempts, AnswerLost);
            outcome = retry.RetryAt is null && lostBefore
                ? DeliveryOutcome.Failed(retry.Reason(AnswerLost))
                : DeliveryOutcome.Retry(AnswerLost, retry.RetryAt ?? time.GetUtcNow() + DeliveryRetries.Backoff[0]);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = ReasonOf(e);
            var retry = DeliveryRetries.AfterFailedAttempt(delivery.Attempts, options.Value.MaxAttempts, time.GetUtcNow());
            LogAttemptFailed(logger, e, deliveryKey, retry.Attempts, reason);
            outcome = retry.RetryAt is { } at ? DeliveryOutcome.Retry(reason, at) : DeliveryOutcome.Failed(retry.Reason(reason));
        }
        finally
        {
            await stopRenewing.CancelAsync();
            await renewing;
        }

        if (leaseLost.IsCancellationRequested && outcome.Result != AttemptResult.Sent)
        {
            // Another attempt holds the delivery now: what this one would record (a failure, a backoff) is not its to write.
            return DeliveryOutcome.NotTaken with { Recipient = target?.Recipient };
        }

        // Whatever went out is recorded even if the host is stopping: an unrecorded send would go out again.
        return await RecordAsync(delivery, outcome with { Recipient = target?.Recipient }, CancellationToken.None);
    }

    /// <summary>
    /// Renews the attempt's lease every <see cref="SchedulingOptions.LeaseRenewal"/> until told to stop. A renewal
    /// refused (another attempt took the delivery over) or not made before the lease ran out cancels the attempt
    /// through <paramref name="leaseLost"/>; one that merely failed is tried again at the next turn.
    /// </summary>
    private async Task KeepLeaseAsync(ScheduledDelivery delivery, string attemptId, DateTimeOffset leaseUntil, CancellationTokenSource leaseLost, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.Value.LeaseRenewal, time, stop);
                var until = time.GetUtcNow() + options.Value.Lease;
                try
                {
                    if (!await schedule.TryRenewLeaseAsync(delivery.WorkspaceId, delivery.DeliveryKey, attemptId, until, stop))
                    {
                        LogLeaseLost(logger, delivery.DeliveryKey);
                        await leaseLost.CancelAsync();
                        return;
                    }

                    leaseUntil = until;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRenewalFailed(logger, e, delivery.DeliveryKey);
                    if (time.GetUtcNow() >= leaseUntil)
                    {
                        await leaseLost.CancelAsync();
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The attempt is over.
        }
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

    private async Task<DeliveryOutcome> AttemptAsync(ScheduledDelivery delivery, DeliveryTarget target, DateTimeOffset asOf, CancellationToken cancellationToken)
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

        if (DeliveryDeadline.HasClosed(delivery, team, member, asOf))
        {
            return DeliveryOutcome.Failed("not sent before its week closed");
        }

        var messenger = messengers.FirstOrDefault(m => m.Platform == workspace.Platform)
            ?? throw new DeliveryFailedException($"{workspace.Platform} is not configured on this host", permanent: false);

        if (member is not null && await AlreadySentAsync(messenger, delivery, member, cancellationToken) is { } arrived)
        {
            return DeliveryOutcome.Sent(arrived);
        }

        switch (delivery.Kind)
        {
            case DeliveryKind.WeeklyPrompt:
                return await SendToMemberAsync(messenger, delivery, member!, await engine.CheckInPromptAsync(member!, team, asOf, cancellationToken), cancellationToken);
            case DeliveryKind.RetrospectivePrompt:
                return await SendToMemberAsync(messenger, delivery, member!, await engine.RetrospectivePromptAsync(member!, team, asOf, cancellationToken), cancellationToken);
            case DeliveryKind.Reminder:
                return await RemindAsync(messenger, delivery, team, member!, asOf, cancellationToken);
            case DeliveryKind.QuarterReview:
                return await PostToTeamAsync(messenger, delivery, team, await engine.QuarterReviewPostAsync(team, quarter, asOf, cancellationToken), cancellationToken);
            case DeliveryKind.KeyResultsMissing:
                return await keyResultsMissing.BuildAsync(team, member!, quarter, cancellationToken) is { } notice
                    ? await SendToMemberAsync(messenger, delivery, member!, notice, cancellationToken)
                    : DeliveryOutcome.Skipped("every member owns key results by now");
            case DeliveryKind.WeeklyDigest:
                return await PostToTeamAsync(messenger, delivery, team, await engine.WeeklyDigestAsync(team, quarter, delivery.WeekNumber ?? 1, cancellationToken), cancellationToken);
            case DeliveryKind.PlanningPrompt:
                return await engine.PlanningPromptAsync(member!, team, asOf, cancellationToken) is { } planning
                    ? await SendToMemberAsync(messenger, delivery, member!, planning, cancellationToken)
                    : DeliveryOutcome.Skipped("has proposed next quarter's key results already");
            case DeliveryKind.StreamReviewPrompt or DeliveryKind.StreamReviewSummary:
                return await StreamReviewAsync(messenger, delivery, team, member, asOf, cancellationToken);
            default:
                return DeliveryOutcome.Failed($"unknown delivery kind {delivery.Kind}");
        }
    }

    /// <summary>
    /// A live stream's review prompt to one of its host and crew, or its review posted to the team. The stream is
    /// read again: one cancelled or removed since it was planned is not reviewed.
    /// </summary>
    private async Task<DeliveryOutcome> StreamReviewAsync(IChannelMessenger messenger, ScheduledDelivery delivery, Team team, Member? member, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var stream = delivery.SubjectId is { } streamId ? await streams.StreamAsync(delivery.WorkspaceId, streamId, cancellationToken) : null;
        if (stream is null || stream.TeamId != team.Id)
        {
            return DeliveryOutcome.Skipped("the live stream is no longer scheduled");
        }

        if (stream.CancelledAt is not null)
        {
            return DeliveryOutcome.Skipped("the live stream was cancelled");
        }

        if (delivery.Kind == DeliveryKind.StreamReviewSummary)
        {
            return await PostToTeamAsync(messenger, delivery, team, await engine.StreamReviewPostAsync(team, stream, asOf, cancellationToken), cancellationToken);
        }

        var prompt = await engine.StreamReviewPromptAsync(member!, team, stream, asOf, cancellationToken);
        return prompt is null
            ? DeliveryOutcome.Skipped("no longer on the stream's crew, or has reviewed it already")
            : await SendToMemberAsync(messenger, delivery, member!, prompt, cancellationToken);
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
            : DeliveryOutcome.Sent(sent);
    }

    /// <summary>Rewrites the week's prompt and nudges, or sends a prompt of its own, as <see cref="ReminderDelivery"/> decides.</summary>
    private async Task<DeliveryOutcome> RemindAsync(IChannelMessenger messenger, ScheduledDelivery delivery, Team team, Member member, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var reminder = await engine.ReminderAsync(member, team, asOf, cancellationToken);
        if (reminder is null)
        {
            return DeliveryOutcome.Skipped("checked in before the reminder");
        }

        var prompt = await schedule.GetAsync(delivery.WorkspaceId, ReminderDelivery.PromptKey(delivery), cancellationToken);
        if (ReminderDelivery.PromptToRewrite(prompt) is { } promptMessage && await messenger.UpdateDirectAsync(member, promptMessage, reminder, cancellationToken))
        {
            // The nudge carries the reminder's key: it is the message a retry looks for.
            await messenger.SendDirectAsync(member, ReminderDelivery.Nudge(reminder, CultureInfo.GetCultureInfo(member.Locale)), delivery.DeliveryKey, cancellationToken);
            return DeliveryOutcome.Sent(promptMessage);
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

        var posted = new Dictionary<string, SentMessage>(delivery.ChannelPosts, StringComparer.Ordinal);
        foreach (var channel in channels.Where(c => !posted.ContainsKey(c)))
        {
            var arrived = delivery.MayHaveArrived && messenger.CanFindSent
                ? await messenger.FindSentInChannelAsync(delivery.WorkspaceId, channel, delivery.DeliveryKey, SentNoEarlierThan(delivery), cancellationToken)
                : null;
            posted[channel] = arrived ?? await messenger.PostToChannelAsync(delivery.WorkspaceId, channel, message, delivery.DeliveryKey, cancellationToken);
            await schedule.RecordChannelPostsAsync(delivery.WorkspaceId, delivery.DeliveryKey, posted, CancellationToken.None);
        }

        return DeliveryOutcome.Posted(posted);
    }

    private async Task<DeliveryOutcome> RecordAsync(ScheduledDelivery delivery, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        switch (outcome.Result)
        {
            case AttemptResult.Sent:
                await schedule.MarkSentAsync(delivery.WorkspaceId, delivery.DeliveryKey, now, outcome.MemberMessage, cancellationToken);
                LogSent(logger, delivery.DeliveryKey);
                break;
            case AttemptResult.Skipped:
                await schedule.MarkSkippedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, cancellationToken);
                break;
            case AttemptResult.Failed:
                await schedule.MarkFailedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, retryAt: null, cancellationToken);
                LogFailed(logger, delivery.DeliveryKey, outcome.Reason!);
                break;
            case AttemptResult.Retrying:
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryKey} was taken over by another attempt after this one's lease lapsed; this one stops")]
    private static partial void LogLeaseLost(ILogger logger, string deliveryKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease of delivery {DeliveryKey} could not be renewed; trying again at the next renewal")]
    private static partial void LogRenewalFailed(ILogger logger, Exception exception, string deliveryKey);

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
}
