using System.Text.Json;
using ReviewBot.Core.Conversation;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Scheduling;

namespace ReviewBot.Storage;

/// <summary>The scheduler's records: leave ranges, and each delivery's claim, outcome and message.</summary>
public sealed class ScheduleStore
{
    private const string Columns = "workspace_id, delivery_key, kind, team_id, member_id, quarter, week_number, due_at, status, attempts, last_error, sent_at, message_ref, not_before, attempts_started, subject_id";

    private readonly StorageSession _session;

    internal ScheduleStore(StorageSession session) => _session = session;

    /// <summary>Claims a delivery for sending. False when another run or host claimed it first: it must not be sent again.</summary>
    public async Task<bool> TryClaimAsync(DueDelivery due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        return await _session.ExecuteAsync(
            """
            INSERT INTO scheduled_deliveries (workspace_id, delivery_key, kind, team_id, member_id, quarter, week_number, due_at, status, subject_id)
            VALUES (@WorkspaceId, @Key, @Kind, @TeamId, @MemberId, @Quarter, @WeekNumber, @DueAt, 'claimed', @SubjectId)
            ON CONFLICT (workspace_id, delivery_key) DO NOTHING
            """,
            new
            {
                due.WorkspaceId,
                due.Key,
                Kind = due.Kind.ToString(),
                due.TeamId,
                due.MemberId,
                Quarter = due.Quarter.Id,
                due.WeekNumber,
                due.DueAt,
                due.SubjectId,
            },
            cancellationToken) == 1;
    }

    // Outcomes are written only over a claim still open: a late attempt whose lease ran out must not turn
    // another attempt's "sent" into "failed".

    /// <summary>
    /// Takes the claimed delivery for one attempt until <paramref name="leaseUntil"/>; null when it is sent,
    /// failed, or another job holds it or waits out a backoff. The one atomic step that keeps two jobs (a
    /// retried one, a second host's) from sending the same thing at once.
    /// </summary>
    public async Task<ScheduledDelivery?> TryStartAttemptAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        // On PostgreSQL a second host's attempt skips the row this one is taking rather than waiting for its
        // commit; either way it finds the lease taken and gets null.
        // The row comes back from the update itself: one statement per attempt, not a second to read what it took.
        var taken = await _session.QuerySingleOrDefaultAsync<DeliveryRow>(
            $"""
            UPDATE scheduled_deliveries SET not_before = @LeaseUntil, lease_holder = @AttemptId, attempts_started = attempts_started + 1
            WHERE (workspace_id, delivery_key) IN (
                SELECT workspace_id, delivery_key FROM scheduled_deliveries
                WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey AND status = 'claimed'
                  AND (not_before IS NULL OR not_before <= @Now)
                {_session.Dialect.SkipRowsLockedByOthers})
            RETURNING {Columns}
            """,
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey, AttemptId = attemptId, Now = now, LeaseUntil = leaseUntil },
            cancellationToken);
        return taken?.ToDelivery();
    }

    /// <summary>
    /// Extends the lease of the attempt that holds it, and only of that one: an attempt whose lease ran out and
    /// was taken over by another finds the holder changed and must stop.
    /// </summary>
    public async Task<bool> TryRenewLeaseAsync(string workspaceId, string deliveryKey, string attemptId, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        await _session.ExecuteAsync(
            """
            UPDATE scheduled_deliveries SET not_before = @LeaseUntil
            WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey AND status = 'claimed' AND lease_holder = @AttemptId
            """,
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey, AttemptId = attemptId, LeaseUntil = leaseUntil },
            cancellationToken) == 1;

    /// <summary>Records it sent; a team post keeps the channel posts recorded as it went (<paramref name="memberMessage"/> null).</summary>
    public Task MarkSentAsync(string workspaceId, string deliveryKey, DateTimeOffset sentAt, SentMessage? memberMessage, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE scheduled_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = @SentAt, message_ref = COALESCE(@MessageRef, message_ref),
                last_error = NULL, not_before = NULL
            WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey AND status = 'claimed'
            """,
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey, SentAt = sentAt, MessageRef = memberMessage?.Reference },
            cancellationToken);

    /// <summary>Records that a delivery was no longer needed when its turn came (the member checked in meanwhile), and why.</summary>
    public Task MarkSkippedAsync(string workspaceId, string deliveryKey, string reason, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE scheduled_deliveries SET status = 'skipped', last_error = @Reason, not_before = NULL
            WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey AND status = 'claimed'
            """,
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey, Reason = reason },
            cancellationToken);

    /// <summary>
    /// Keeps where part of a delivery went while the rest is still to send (a review posted to the first of two
    /// channels), so that a retry sends only the rest.
    /// </summary>
    public Task RecordChannelPostsAsync(string workspaceId, string deliveryKey, IReadOnlyDictionary<string, SentMessage> channelPosts, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "UPDATE scheduled_deliveries SET message_ref = @MessageRef WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey AND status = 'claimed'",
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey, MessageRef = ChannelPostsText.Format(channelPosts) },
            cancellationToken);

    /// <summary>
    /// Records a failed attempt. A permanent one (member gone, bot removed) is not tried again; a transient
    /// one keeps the claim and waits until <paramref name="retryAt"/>.
    /// </summary>
    public Task MarkFailedAsync(string workspaceId, string deliveryKey, string reason, DateTimeOffset? retryAt, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            UPDATE scheduled_deliveries SET status = CASE WHEN @RetryAt IS NULL THEN 'failed' ELSE status END,
                attempts = attempts + 1, last_error = @Reason, not_before = @RetryAt
            WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey AND status = 'claimed'
            """,
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey, Reason = reason, RetryAt = retryAt },
            cancellationToken);

    /// <summary>
    /// Claimed deliveries of every workspace that nobody is sending or waiting on: those whose job was lost
    /// (the host stopped mid fan-out) or whose backoff has passed. Oldest first.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledDelivery>> PendingAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<DeliveryRow>(
            $"SELECT {Columns} FROM scheduled_deliveries WHERE status = 'claimed' AND (not_before IS NULL OR not_before <= @Now) ORDER BY due_at, delivery_key{_session.Dialect.ByteOrder}",
            new { Now = now },
            cancellationToken)).Select(r => r.ToDelivery())];

    public async Task<ScheduledDelivery?> GetAsync(string workspaceId, string deliveryKey, CancellationToken cancellationToken) =>
        (await _session.QuerySingleOrDefaultAsync<DeliveryRow>(
            $"SELECT {Columns} FROM scheduled_deliveries WHERE workspace_id = @WorkspaceId AND delivery_key = @DeliveryKey",
            new { WorkspaceId = workspaceId, DeliveryKey = deliveryKey },
            cancellationToken))?.ToDelivery();

    /// <summary>The team's deliveries, oldest first: what the planner must not plan again, and what failed.</summary>
    public async Task<IReadOnlyList<ScheduledDelivery>> ForTeamAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<DeliveryRow>(
            $"SELECT {Columns} FROM scheduled_deliveries WHERE workspace_id = @WorkspaceId AND team_id = @TeamId ORDER BY due_at, delivery_key{_session.Dialect.ByteOrder}",
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken)).Select(r => r.ToDelivery())];

    /// <summary>
    /// When each of the team's deliveries due since <paramref name="dueSince"/> was sent: what the planner must
    /// not plan again, and when prompts went out, which the reminders count from.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> SentSinceAsync(string workspaceId, string teamId, DateTimeOffset dueSince, CancellationToken cancellationToken) =>
        (await _session.QueryAsync<SentRow>(
            """
            SELECT delivery_key, sent_at FROM scheduled_deliveries
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND status = 'sent' AND due_at >= @DueSince
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, DueSince = dueSince },
            cancellationToken)).ToDictionary(r => r.DeliveryKey, r => r.SentAt, StringComparer.Ordinal);

    public Task AddLeaveAsync(string workspaceId, string memberId, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            """
            INSERT INTO leaves (workspace_id, member_id, first_day, last_day) VALUES (@WorkspaceId, @MemberId, @FirstDay, @LastDay)
            ON CONFLICT (workspace_id, member_id, first_day) DO UPDATE SET last_day = excluded.last_day
            """,
            new { WorkspaceId = workspaceId, MemberId = memberId, FirstDay = firstDay, LastDay = lastDay },
            cancellationToken);

    public Task RemoveLeavesAsync(string workspaceId, string memberId, CancellationToken cancellationToken) =>
        _session.ExecuteAsync(
            "DELETE FROM leaves WHERE workspace_id = @WorkspaceId AND member_id = @MemberId",
            new { WorkspaceId = workspaceId, MemberId = memberId },
            cancellationToken);

    /// <summary>Every leave range of the workspace's members, by first day.</summary>
    public async Task<IReadOnlyList<Leave>> LeavesAsync(string workspaceId, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<LeaveRow>(
            $"SELECT member_id, first_day, last_day FROM leaves WHERE workspace_id = @WorkspaceId ORDER BY first_day, member_id{_session.Dialect.ByteOrder}",
            new { WorkspaceId = workspaceId },
            cancellationToken)).Select(r => new Leave(r.MemberId, r.FirstDay, r.LastDay))];

    /// <summary>The leave ranges of one team's members, by first day.</summary>
    public async Task<IReadOnlyList<Leave>> TeamLeavesAsync(string workspaceId, string teamId, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<LeaveRow>(
            $"""
            SELECT l.member_id, l.first_day, l.last_day FROM leaves l
            JOIN members m ON m.workspace_id = l.workspace_id AND m.id = l.member_id
            WHERE l.workspace_id = @WorkspaceId AND m.team_id = @TeamId
            ORDER BY l.first_day, l.member_id{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId },
            cancellationToken)).Select(r => new Leave(r.MemberId, r.FirstDay, r.LastDay))];

    /// <summary>
    /// The team's deliveries of a quarter that did not arrive: given up on (failed), or failed at least once
    /// and still waiting for another try. Oldest first.
    /// </summary>
    public async Task<IReadOnlyList<ScheduledDelivery>> ProblemsAsync(string workspaceId, string teamId, Quarter quarter, CancellationToken cancellationToken) =>
        [.. (await _session.QueryAsync<DeliveryRow>(
            $"""
            SELECT {Columns} FROM scheduled_deliveries
            WHERE workspace_id = @WorkspaceId AND team_id = @TeamId AND quarter = @Quarter
              AND (status = 'failed' OR (status = 'claimed' AND attempts > 0 AND last_error IS NOT NULL))
            ORDER BY due_at, delivery_key{_session.Dialect.ByteOrder}
            """,
            new { WorkspaceId = workspaceId, TeamId = teamId, Quarter = quarter.Id },
            cancellationToken)).Select(r => r.ToDelivery())];

    private sealed class SentRow
    {
        public string DeliveryKey { get; set; } = "";

        public DateTimeOffset SentAt { get; set; }
    }

    private sealed class LeaveRow
    {
        public string MemberId { get; set; } = "";

        public DateOnly FirstDay { get; set; }

        public DateOnly LastDay { get; set; }
    }

    private sealed class DeliveryRow
    {
        public string WorkspaceId { get; set; } = "";

        public string DeliveryKey { get; set; } = "";

        public string Kind { get; set; } = "";

        public string TeamId { get; set; } = "";

        public string? MemberId { get; set; }

        public string? Quarter { get; set; }

        public long? WeekNumber { get; set; }

        public DateTimeOffset? NotBefore { get; set; }

        public DateTimeOffset DueAt { get; set; }

        public string Status { get; set; } = "";

        public long Attempts { get; set; }

        public long AttemptsStarted { get; set; }

        public string? LastError { get; set; }

        public DateTimeOffset? SentAt { get; set; }

        public string? MessageRef { get; set; }

        public string? SubjectId { get; set; }

        public ScheduledDelivery ToDelivery()
        {
            var delivery = new ScheduledDelivery
            {
                WorkspaceId = WorkspaceId,
                DeliveryKey = DeliveryKey,
                Kind = SqlText.ToEnum<DeliveryKind>(Kind),
                TeamId = TeamId,
                MemberId = MemberId,
                Quarter = Quarter is null ? null : SqlText.ToQuarter(Quarter),
                WeekNumber = WeekNumber is null ? null : (int)WeekNumber,
                SubjectId = SubjectId,
                NotBefore = NotBefore,
                DueAt = DueAt,
                State = SqlText.ToEnum<DeliveryState>(Status, ignoreCase: true),
                Attempts = (int)Attempts,
                AttemptsStarted = (int)AttemptsStarted,
                LastError = LastError,
                SentAt = SentAt,
            };

            // One column, two shapes, as every version wrote it: a team post's channel → reference map as JSON,
            // a member delivery's one reference as it is. Which kinds are team posts is the delivery's own word.
            return delivery.IsTeamPost
                ? delivery with { ChannelPosts = ChannelPostsText.Parse(MessageRef) }
                : delivery with { MemberMessage = MessageRef is null ? null : new SentMessage(MessageRef) };
        }
    }

    /// <summary>A team post's channels as stored in <c>message_ref</c>: channel id → reference, as a JSON object.</summary>
    private static class ChannelPostsText
    {
        public static Dictionary<string, SentMessage> Parse(string? text)
        {
            var posts = new Dictionary<string, SentMessage>(StringComparer.Ordinal);
            if (text is null)
            {
                return posts;
            }

            try
            {
                foreach (var (channel, reference) in JsonSerializer.Deserialize<Dictionary<string, string>>(text) ?? [])
                {
                    posts[channel] = new SentMessage(reference);
                }
            }
            catch (JsonException)
            {
                // Not a map (hand-edited, or cut short): as if no channel had been posted to, which at worst posts again.
            }

            return posts;
        }

        public static string Format(IReadOnlyDictionary<string, SentMessage> posts) =>
            JsonSerializer.Serialize(posts.ToDictionary(p => p.Key, p => p.Value.Reference, StringComparer.Ordinal));
    }
}
