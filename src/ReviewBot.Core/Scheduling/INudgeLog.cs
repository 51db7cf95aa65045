namespace ReviewBot.Core.Scheduling;

/// <summary>The nudges managers sent with <c>review remind</c>, so nobody is nudged twice within the cool-down.</summary>
public interface INudgeLog
{
    /// <summary>
    /// Records that <paramref name="memberId"/> is nudged at <paramref name="at"/>, unless an earlier nudge is less
    /// than <paramref name="coolDown"/> old: then nothing is recorded and that nudge's time is returned. Null when
    /// this nudge was recorded. Two reminds at once nudge each member once.
    /// </summary>
    Task<DateTimeOffset?> RecordUnlessRecentAsync(string workspaceId, string memberId, string nudgedBy, DateTimeOffset at, TimeSpan coolDown, CancellationToken cancellationToken);
}
