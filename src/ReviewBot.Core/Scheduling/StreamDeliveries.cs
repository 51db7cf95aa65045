using ReviewBot.Core.People;
using ReviewBot.Core.Periods;
using ReviewBot.Core.Streams;

namespace ReviewBot.Core.Scheduling;

/// <summary>
/// What a team owes its live streams: after each one, a review prompt to its host and to each of its crew who is
/// still an active member, then the review posted to the team once, when they have all answered or the answer
/// window has run out. Pure, like the rest of <see cref="DeliveryPlanner"/>.
/// </summary>
public static class StreamDeliveries
{
    /// <summary>A prompt is never sent from this local hour on…</summary>
    public static readonly TimeOnly QuietFrom = new(23, 0);

    /// <summary>…until this one the next morning; then it goes at this hour.</summary>
    public static readonly TimeOnly QuietUntil = new(8, 0);

    public static void Add(TeamSnapshot snapshot, DateTimeOffset now, List<DueDelivery> due)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(due);
        var team = snapshot.Team;
        var rules = snapshot.StreamRules;
        foreach (var stream in snapshot.Streams)
        {
            if (stream.CancelledAt is not null || !string.Equals(stream.TeamId, team.Id, StringComparison.Ordinal))
            {
                continue;
            }

            var reviewers = ActiveReviewers(snapshot, stream);
            var askedAt = AskedAt(stream, rules);
            var windowCloses = WindowClosesAt(stream, rules, reviewers, team);
            var answered = snapshot.StreamAnswerers.GetValueOrDefault(stream.Id) ?? new HashSet<string>(StringComparer.Ordinal);
            foreach (var reviewer in reviewers)
            {
                var key = DeliveryKeys.StreamReviewPrompt(stream.Id, reviewer.Id);
                var promptAt = PromptAt(askedAt, Zone(reviewer, team));
                if (!snapshot.Delivered.ContainsKey(key) && !answered.Contains(reviewer.Id) && now >= promptAt && now < windowCloses)
                {
                    due.Add(Delivery(stream, DeliveryKind.StreamReviewPrompt, key, reviewer.Id, promptAt));
                }
            }

            var summaryKey = DeliveryKeys.StreamReviewSummary(stream.Id);
            var everyoneAnswered = reviewers.Count > 0 && reviewers.All(r => answered.Contains(r.Id));
            if (!snapshot.Delivered.ContainsKey(summaryKey) && now >= askedAt && (everyoneAnswered || now >= windowCloses))
            {
                // Due the moment the last answer came in, which the snapshot shows only as "now"; never later than the window.
                var dueAt = now < windowCloses ? now : windowCloses;
                due.Add(Delivery(stream, DeliveryKind.StreamReviewSummary, summaryKey, memberId: null, dueAt));
            }
        }
    }

    /// <summary>When the stream's review is asked for: <see cref="StreamRules.ReviewDelay"/> after it ends, or earlier when a manager or its host asked for it.</summary>
    public static DateTimeOffset AskedAt(LiveStream stream, StreamRules rules)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rules);
        var afterDelay = stream.EndsAt + rules.ReviewDelay;
        return stream.ReviewRequestedAt is { } requested && requested < afterDelay ? requested : afterDelay;
    }

    /// <summary>
    /// The instant a reviewer in <paramref name="zone"/> is prompted for a review asked for at <paramref name="askedAt"/>.
    /// Streams run late in the evening for one market and crews sit in others (a 20:00 Berlin stream ends in the
    /// small hours in Shanghai), and the prompt is a direct message that rings a phone: between 23:00 and 08:00
    /// local it waits for 08:00, when the reviewer is at work with the dashboard in front of them anyway.
    /// </summary>
    public static DateTimeOffset PromptAt(DateTimeOffset askedAt, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(askedAt, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (time >= QuietFrom)
        {
            return LocalDay.At(day.AddDays(1), QuietUntil, zone);
        }

        return time < QuietUntil ? LocalDay.At(day, QuietUntil, zone) : askedAt;
    }

    /// <summary>
    /// When the stream's answers stop being waited for: <see cref="StreamRules.AnswerWindow"/> after the last of its
    /// reviewers' prompts, so one whose prompt waited out the night still has the whole window.
    /// </summary>
    public static DateTimeOffset WindowClosesAt(LiveStream stream, StreamRules rules, IReadOnlyList<Member> reviewers, Team team)
    {
        ArgumentNullException.ThrowIfNull(reviewers);
        ArgumentNullException.ThrowIfNull(team);
        var askedAt = AskedAt(stream, rules);
        var lastPrompt = reviewers.Count == 0 ? askedAt : reviewers.Max(r => PromptAt(askedAt, Zone(r, team)));
        return lastPrompt + rules.AnswerWindow;
    }

    /// <summary>The stream's host and crew who are still active members of its team, host first.</summary>
    public static IReadOnlyList<Member> ActiveReviewers(TeamSnapshot snapshot, LiveStream stream)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(stream);
        return
        [
            .. stream.Reviewers
                .Select(id => snapshot.Members.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal)))
                .OfType<Member>()
                .Where(m => m.Active && string.Equals(m.TeamId, snapshot.Team.Id, StringComparison.Ordinal)),
        ];
    }

    /// <summary>The reviewer's own zone; the team's when theirs is unknown here.</summary>
    private static TimeZoneInfo Zone(Member member, Team team) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(member.TimeZoneId, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId);

    private static DueDelivery Delivery(LiveStream stream, DeliveryKind kind, string key, string? memberId, DateTimeOffset dueAt) => new()
    {
        Kind = kind,
        Key = key,
        WorkspaceId = stream.WorkspaceId,
        TeamId = stream.TeamId,
        MemberId = memberId,
        Quarter = stream.Quarter,
        WeekNumber = stream.WeekNumber,
        SubjectId = stream.Id,
        DueAt = dueAt,
    };
}
