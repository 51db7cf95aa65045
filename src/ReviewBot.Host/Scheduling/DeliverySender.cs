using System.Text.Json;
using Microsoft.Extensions.Options;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.People;
using ReviewBot.Core.Scheduling;
using ReviewBot.Core.Workspaces;
using ReviewBot.Host.Options;
using ReviewBot.Storage;

namespace ReviewBot.Host.Scheduling;

/// <summary>
/// Sends one claimed delivery: takes it for one attempt (so a retried job or a second host waits), builds
/// its message with the engine, hands it to the messenger of the workspace's platform and records the
/// outcome. A permanent refusal marks it failed with its reason; anything else is tried again after a
/// backoff, until <see cref="SchedulingOptions.MaxAttempts"/>. Never throws for a delivery's own failure, so
/// one unreachable member does not hold back the rest.
/// </summary>
public sealed partial class DeliverySender(
    Database database,
    ConversationEngine engine,
    IEnumerable<IChannelMessenger> messengers,
    TimeProvider time,
    LeaseClock leases,
    IOptions<SchedulingOptions> options,
    ILogger<DeliverySender> logger)
{
    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2)];

    public async Task<DeliveryOutcome> SendAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken)
    {
        var leaseNow = leases.Time.GetUtcNow();
        ScheduledDelivery? delivery;
        await using (var session = await database.OpenSessionAsync(cancellationToken))
        {
            delivery = await session.Schedule.TryStartAttemptAsync(workspaceId, deliveryKey, leaseNow, leaseNow + options.Value.Lease, cancellationToken);
        }

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
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = ReasonOf(e);
            var attempts = delivery.Attempts + 1;
            LogAttemptFailed(logger, e, deliveryKey, attempts, reason);
            outcome = attempts >= options.Value.MaxAttempts
                ? DeliveryOutcome.Failed($"{reason}, {attempts} attempts")
                : DeliveryOutcome.Retry(reason, leases.Time.GetUtcNow() + Backoff[Math.Min(attempts, Backoff.Length) - 1]);
        }

        // Whatever went out is recorded even if the host is stopping: an unrecorded send would go out again.
        return await RecordAsync(delivery, outcome with { Recipient = target?.Recipient }, CancellationToken.None);
    }

    private async Task<DeliveryTarget> TargetAsync(ScheduledDelivery delivery, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenSessionAsync(cancellationToken);
        var workspace = await session.Workspaces.GetAsync(delivery.WorkspaceId, cancellationToken);
        var team = await session.Teams.GetAsync(delivery.WorkspaceId, delivery.TeamId, cancellationToken);
        var member = delivery.MemberId is { } memberId && team is not null
            ? (await session.Teams.MembersAsync(delivery.WorkspaceId, team.Id, cancellationToken)).FirstOrDefault(m => m.Id == memberId)
            : null;
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

        if (ClosesAt(delivery, team, member) is { } closes && now >= closes)
        {
            return DeliveryOutcome.Failed("not sent before its week closed");
        }

        var messenger = messengers.FirstOrDefault(m => m.Platform == workspace.Platform)
            ?? throw new DeliveryFailedException($"{workspace.Platform} is not configured on this host", permanent: false);

        switch (delivery.Kind)
        {
            case DeliveryKind.WeeklyPrompt:
                return await SendToMemberAsync(messenger, member!, await engine.CheckInPromptAsync(member!, cancellationToken), cancellationToken);
            case DeliveryKind.RetrospectivePrompt:
                return await SendToMemberAsync(messenger, member!, await engine.RetrospectivePromptAsync(member!, cancellationToken), cancellationToken);
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

    private static async Task<DeliveryOutcome> SendToMemberAsync(IChannelMessenger messenger, Member member, MessageReply? message, CancellationToken cancellationToken)
    {
        if (message is null)
        {
            return DeliveryOutcome.Skipped("owns no key results this quarter");
        }

        var sent = await messenger.SendDirectAsync(member, message, cancellationToken);
        return sent is null
            ? DeliveryOutcome.Failed($"has no {messenger.Platform} account linked in the OKR file")
            : DeliveryOutcome.Sent(sent.Reference);
    }

    /// <summary>
    /// Updates the original prompt in place, so one message holds the form, and then nudges in one line, since
    /// an edited message notifies nobody; where the prompt cannot be edited, the reminder is a prompt of its own.
    /// </summary>
    private async Task<DeliveryOutcome> RemindAsync(IChannelMessenger messenger, ScheduledDelivery delivery, Member member, Core.Periods.Quarter quarter, CancellationToken cancellationToken)
    {
        var reminder = await engine.ReminderAsync(member, cancellationToken);
        if (reminder is null)
        {
            return DeliveryOutcome.Skipped("checked in before the reminder");
        }

        ScheduledDelivery? prompt;
        await using (var session = await database.OpenSessionAsync(cancellationToken))
        {
            prompt = await session.Schedule.GetAsync(delivery.WorkspaceId, DeliveryKeys.Prompt(member.Id, quarter, delivery.WeekNumber ?? 0), cancellationToken);
        }

        if (prompt?.MessageRef is { } promptRef && await messenger.UpdateDirectAsync(member, new SentMessage(promptRef), reminder, cancellationToken))
        {
            await messenger.SendDirectAsync(member, Nudge(reminder), cancellationToken);
            return DeliveryOutcome.Sent(promptRef);
        }

        return await SendToMemberAsync(messenger, member, reminder, cancellationToken);
    }

    private static MessageReply Nudge(MessageReply reminder) => new()
    {
        Headline = reminder.Headline,
        Context = ["The check-in is in the message above."],
        ToMemberId = reminder.ToMemberId,
    };

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
            posted[channel] = (await messenger.PostToChannelAsync(delivery.WorkspaceId, channel, message, cancellationToken)).Reference;
            await using var session = await database.OpenSessionAsync(CancellationToken.None);
            await session.Schedule.RecordProgressAsync(delivery.WorkspaceId, delivery.DeliveryKey, ChannelPosts.Format(posted), CancellationToken.None);
        }

        return DeliveryOutcome.Sent(ChannelPosts.Format(posted));
    }

    /// <summary>When sending stops making sense: a week's prompt or reminder after the week, a digest after its week.</summary>
    private static DateTimeOffset? ClosesAt(ScheduledDelivery delivery, Team team, Member? member)
    {
        if (delivery.Quarter is not { } quarter)
        {
            return null;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(member?.TimeZoneId ?? team.TimeZoneId, out var zone)
            && !TimeZoneInfo.TryFindSystemTimeZoneById(team.TimeZoneId, out zone))
        {
            return null;
        }

        var weeks = team.Calendar.WeeksOf(quarter);
        if (weeks.Count == 0)
        {
            return null;
        }

        return delivery.Kind switch
        {
            DeliveryKind.WeeklyPrompt or DeliveryKind.Reminder or DeliveryKind.WeeklyDigest when delivery.WeekNumber is { } week && week >= 1 && week <= weeks.Count
                => weeks[week - 1].EndsAt(zone),
            DeliveryKind.RetrospectivePrompt => weeks[^1].EndsAt(zone),
            _ => null,
        };
    }

    private async Task<DeliveryOutcome> RecordAsync(ScheduledDelivery delivery, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var session = await database.OpenSessionAsync(cancellationToken);
        switch (outcome.Status)
        {
            case DeliveryStatus.Sent:
                await session.Schedule.MarkSentAsync(delivery.WorkspaceId, delivery.DeliveryKey, now, outcome.MessageRef, cancellationToken);
                LogSent(logger, delivery.DeliveryKey);
                break;
            case DeliveryStatus.Skipped:
                await session.Schedule.MarkSkippedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, cancellationToken);
                break;
            case DeliveryStatus.Failed:
                await session.Schedule.MarkFailedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, retryAt: null, cancellationToken);
                LogFailed(logger, delivery.DeliveryKey, outcome.Reason!);
                break;
            case DeliveryStatus.Retrying:
                await session.Schedule.MarkFailedAsync(delivery.WorkspaceId, delivery.DeliveryKey, outcome.Reason!, outcome.RetryAt, cancellationToken);
                break;
        }

        return outcome;
    }

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
